import { spawnSync } from 'node:child_process'
import { DEBIAN_CHROMIUM, chromiumPath, isExecutable, missingChromiumMessage } from './chromium.ts'

/*
 * Run by `npm test` before the end-to-end tests: on a fresh Debian machine, as root, a missing
 * Chromium is installed from Debian's own package; anywhere else a missing one stops the run
 * with what to do. A CHROMIUM_PATH that points nowhere is never "fixed" by installing another.
 */
const path = chromiumPath()

function canInstall(): boolean {
  const root = process.getuid?.() === 0
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' })
  return path === DEBIAN_CHROMIUM && root && apt.error === undefined && apt.status === 0
}

/** Runs apt-get without its chatter; prints what it said only if it fails. */
function aptGet(args: string[]): void {
  const run = spawnSync('apt-get', args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`)
    console.error(`apt-get ${args.join(' ')} failed. ${missingChromiumMessage(path)}`)
    process.exit(1)
  }
}

if (!isExecutable(path)) {
  if (!canInstall()) {
    console.error(missingChromiumMessage(path))
    process.exit(1)
  }
  console.log(`Chromium not found at ${path}: installing Debian's chromium package (apt-get).`)
  aptGet(['update', '-qq'])
  aptGet(['install', '-y', '-qq', 'chromium'])
  if (!isExecutable(path)) {
    console.error(`apt-get installed chromium, but ${missingChromiumMessage(path)}`)
    process.exit(1)
  }
}
