import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { WebServer } from './e2e-config'
import { type BenchServer, startBenchServer } from './server'

/*
 * `--against <commit>`: another commit of the app, checked out in a git worktree of its own,
 * built and served beside this one, so that a change is measured side by side in one run
 * (report.ts, "Against"). It is built with this checkout's installed packages, which suits the
 * nearby commits this is for; the worktree is removed when the run ends.
 */
export async function startAgainst(
  rev: string,
  webServer: WebServer,
  port: number,
  root: string,
): Promise<BenchServer & { rev: string }> {
  const commit = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], { cwd: root })
    .toString()
    .trim()
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${commit}-`))
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' })
  const remove = () =>
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' })
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
    const server = await startBenchServer(webServer, port, dir)
    return {
      rev: commit,
      baseUrl: server.baseUrl,
      stop: async () => {
        await server.stop()
        remove()
      },
    }
  } catch (error) {
    remove()
    throw error
  }
}
