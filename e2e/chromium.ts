import { accessSync, constants } from 'node:fs'

/*
 * Where the end-to-end tests and the benchmark find their browser: Debian's Chromium, or the
 * one named by CHROMIUM_PATH. Never a downloaded browser build.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEBIAN_CHROMIUM
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** What to do when there is no browser at `path`. */
export function missingChromiumMessage(path: string): string {
  return `Chromium not found at ${path}. Install Debian's package (as root: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`
}
