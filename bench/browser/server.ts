import { type ChildProcess, spawn } from 'node:child_process'

import type { WebServer } from './e2e-config'

export type BenchServer = { baseUrl: string; stop: () => Promise<void> }

async function waitForUrl(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s.`)
}

/**
 * Builds and starts the production server in demo mode, as the end-to-end tests do: of this
 * checkout, or of the one in `cwd` (another commit, see against.ts).
 */
export async function startBenchServer(
  webServer: WebServer,
  port: number,
  cwd?: string,
): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${port}`
  // The config's readiness URL names the config's port; asked here on this server's own.
  const readyUrl = webServer.url ? new URL(new URL(webServer.url).pathname, baseUrl).href : baseUrl
  console.log(
    `Building and starting the production server${cwd ? ` in ${cwd}` : ''}: ${webServer.command} (port ${port})`,
  )
  // Its own process group, so stopping it also stops what npm started below it.
  const child = spawn(webServer.command, {
    shell: true,
    detached: true,
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...webServer.env, PORT: String(port), HOST: '127.0.0.1' },
  })
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
  }
  try {
    await waitForUrl(readyUrl, child, webServer.timeout ?? 120_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, stop }
}
