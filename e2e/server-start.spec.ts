import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

/*
 * The compiled server as `npm start` runs it: plain node on dist/server/main.js, settings from
 * the environment only (a working directory without .env), its log read from standard output.
 */
const main = fileURLToPath(new URL('../dist/server/main.js', import.meta.url))

type Started = { child: ChildProcess; lines: () => Record<string, unknown>[]; stderr: () => string }

async function launch(env: Record<string, string>): Promise<Started> {
  const cwd = await mkdtemp(path.join(tmpdir(), 'inspector-start-'))
  const child = spawn(process.execPath, [main], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
  return {
    child,
    lines: () =>
      out
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    stderr: () => err,
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}

test('a bad setting stops the start with one clear line', async () => {
  const started = await launch({ PORT: '80a' })
  expect(await exited(started.child)).toBe(1)
  expect(started.stderr()).toBe(
    'Cannot start: PORT must be a whole number from 0 to 65535, got "80a".\n',
  )
})

test('listening beyond loopback without access control warns; requests are logged', async () => {
  const started = await launch({ PORT: '0', HOST: '0.0.0.0', ACCESS_MODE: 'none' })
  try {
    await expect.poll(() => started.lines().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
    const [ready, warning] = started.lines()
    expect(ready).toMatchObject({ level: 30, access: 'none' })
    expect(warning).toMatchObject({
      level: 40,
      msg: expect.stringMatching(/without access control/),
    })
    const url = String(ready?.url)

    const response = await fetch(`${url}api/workers/wrk_demo-research?taskId=tsk_demo-pricing`, {
      // Uncompressed, so the logged byte count is the length of the body read here.
      headers: { Cookie: 'session=do-not-log', 'Accept-Encoding': 'identity' },
    })
    expect(response.status).toBe(200)
    const body = await response.text()
    const health = await fetch(`${url}healthz`)
    expect(await health.json()).toEqual({ ok: true })

    await expect.poll(() => started.lines().length).toBe(4)
    const line = started.lines().find((entry) => entry.path === '/api/workers/wrk_demo-research')
    expect(line).toMatchObject({
      level: 30,
      method: 'GET',
      route: '/api/*',
      status: 200,
      bytes: Buffer.byteLength(body),
      ms: expect.any(Number),
    })
    const log = JSON.stringify(started.lines())
    expect(log).not.toContain('tsk_demo-pricing')
    expect(log).not.toContain('do-not-log')
    // /healthz is logged at debug level, below the default.
    expect(log).not.toContain('/healthz')
  } finally {
    started.child.kill('SIGTERM')
  }
  expect(await exited(started.child)).toBe(0)
})
