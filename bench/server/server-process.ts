import { type ChildProcess, spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'

/** The real Node server in its own process (serve-for-bench.ts), so its memory is its own. */
export async function startServerProcess(
  baseUrl: string,
  shareMs?: number,
): Promise<{ url: string; child: ChildProcess }> {
  const script = new URL('./serve-for-bench.ts', import.meta.url).pathname
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, baseUrl, ...(shareMs === undefined ? [] : [String(shareMs)])],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  if (!child.stdout) throw new Error('no stdout')
  for await (const line of createInterface({ input: child.stdout })) {
    const parsed: unknown = JSON.parse(line)
    if (typeof parsed === 'object' && parsed !== null && 'url' in parsed) {
      if (typeof parsed.url === 'string') return { url: parsed.url, child }
    }
  }
  throw new Error('The server did not start.')
}

/** A process's resident memory in MB (Linux /proc), NaN where it cannot be read. */
export async function rssMb(pid: number | undefined): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return Number.isFinite(kb) ? kb / 1024 : Number.NaN
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
