import { execFile, execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'

/*
 * The Dockerfile, built and run for real where a Docker engine answers; skipped with the reason
 * printed where none does (a client without a daemon counts as none).
 */
const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const IMAGE = 'handinger-inspector:e2e'

function dockerProblem(): string | null {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 15_000 })
    return null
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null
    return code === 'ENOENT' ? 'no docker command' : '`docker info` failed (no engine running)'
  }
}

const problem = dockerProblem()

test('the Docker image builds, runs as non-root and answers /healthz', async ({ request }) => {
  if (problem) console.log(`Skipping the Docker image test: ${problem}.`)
  test.skip(problem !== null, problem ?? '')
  test.setTimeout(600_000)
  await run('docker', ['build', '-t', IMAGE, root], { maxBuffer: 64 * 1024 * 1024 })
  const { stdout } = await run('docker', [
    'run',
    '--rm',
    '-d',
    '-p',
    '127.0.0.1::4173',
    '-e',
    'ACCESS_MODE=none',
    IMAGE,
  ])
  const container = stdout.trim()
  try {
    const published = await run('docker', ['port', container, '4173/tcp'])
    const base = `http://${published.stdout.trim().split('\n')[0]}`
    await expect(async () => {
      const response = await request.get(`${base}/healthz`)
      expect(await response.json()).toEqual({ ok: true })
    }).toPass({ timeout: 30_000 })
    const config = await request.get(`${base}/_app/config`)
    expect(await config.json()).toMatchObject({ mode: 'demo' })
    const user = await run('docker', ['exec', container, 'id', '-u'])
    expect(user.stdout.trim()).not.toBe('0')
  } finally {
    await run('docker', ['rm', '-f', container]).catch(() => {})
  }
})
