// @vitest-environment node
import { request as httpRequest } from 'node:http'
import { gzipSync } from 'node:zlib'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AppLogger } from '../request-log'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'
import { NONCE_PLACEHOLDER } from '../page/page-html'
import { type RunningServer, startServer } from './server'

/* The real Node server: Host headers as a browser sends them, and a client that hangs up. */
// index.html as the build writes it: the nonce placeholder on each script and preload tag.
const BUILT_PAGE = `<!doctype html><title>app</title>
<meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}">
<script type="module" crossorigin src="/assets/index-abc.js" nonce="${NONCE_PLACEHOLDER}"></script>
<link rel="modulepreload" crossorigin href="/assets/chunk-def.js" nonce="${NONCE_PLACEHOLDER}">`
const upstream = setupFakeHandinger(answerJson(200, '{"id":"wrk_1"}'))
let server: RunningServer
const lines: { level: string; fields: Record<string, unknown>; message: string }[] = []
const at = (level: string) => (fields: Record<string, unknown>, message: string) =>
  void lines.push({ level, fields, message })
const logger: AppLogger = { debug: at('debug'), info: at('info'), warn: at('warn') }

beforeAll(async () => {
  const distDir = await mkdtemp(path.join(tmpdir(), 'inspector-dist-'))
  await writeFile(path.join(distDir, 'index.html'), BUILT_PAGE)
  // A precompressed copy, as the build writes one: it must not be sent in place of the page.
  await writeFile(path.join(distDir, 'index.html.gz'), gzipSync(BUILT_PAGE))
  // Large enough that the server is still sending it when the client hangs up.
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(path.join(distDir, 'assets', 'big.js'), 'x'.repeat(32 * 1024 * 1024))
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir,
    logger,
    upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
  })
})
afterAll(() => server.close())

function get(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { headers: { Host: host } }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

it('refuses a rebound host name with 421 and no data', async () => {
  const port = new URL(server.url).port
  const rebound = await get('/api/workers/wrk_1', `attacker.example:${port}`)
  expect(rebound.status).toBe(421)
  expect(rebound.body).not.toContain('wrk_1')
  expect((await get('/', `attacker.example:${port}`)).status).toBe(421)
  expect(upstream.requests).toEqual([])
  const local = await get('/api/workers/wrk_1', `localhost:${port}`)
  expect(local).toEqual({ status: 200, body: '{"id":"wrk_1"}' })
})

it('hands a run route with a dot in its ID to the page, and a missing file a 404', async () => {
  const host = `localhost:${new URL(server.url).port}`
  expect(await get('/workers/a..b', host)).toMatchObject({
    status: 200,
    body: expect.stringContaining('<title>app</title>'),
  })
  expect(await get('/tasks/x.y', host)).toMatchObject({ status: 200 })
  expect(await get('/missing.js', host)).toEqual({ status: 404, body: 'Not found' })
})

it('hands a snapshot link to the page, and its unknown ID a JSON 404', async () => {
  const host = `localhost:${new URL(server.url).port}`
  const id = 'AbCdEfGhIjKlMnOpQrSt_-'
  expect(await get(`/s/${id}`, host)).toMatchObject({
    status: 200,
    body: expect.stringContaining('<title>app</title>'),
  })
  expect(await get(`/_app/snapshots/${id}`, host)).toMatchObject({
    status: 404,
    body: expect.stringContaining('does not exist'),
  })
})

it('logs a client that hangs up mid-response as one info line', async () => {
  lines.length = 0
  await new Promise<void>((resolve, reject) => {
    const request = httpRequest(`${server.url}/assets/big.js`, (response) => {
      response.once('data', () => {
        request.destroy()
        resolve()
      })
    })
    request.on('error', () => {})
    request.on('close', resolve)
    setTimeout(() => reject(new Error('no data')), 5000)
    request.end()
  })
  await vi.waitFor(() => expect(lines).toHaveLength(1))
  expect(lines[0]).toMatchObject({
    level: 'info',
    message: 'client disconnected',
    fields: { path: '/assets/big.js', status: 200, outcome: 'aborted' },
  })
})

it('gives every page answer a fresh nonce, in its tags and its policy, and no other script source', async () => {
  const nonces = new Set<string>()
  for (const path of ['/', '/index.html', '/workers/wrk_1', '/tasks/tsk_1']) {
    const response = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.status, path).toBe(200)
    const policy = response.headers.get('content-security-policy') ?? ''
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'(;|$)/.exec(policy)?.[1]
    expect(nonce, `${path}: ${policy}`).toBeDefined()
    expect(policy).not.toMatch(/script-src[^;]*'self'/)
    expect(policy).not.toContain("'unsafe-inline'")
    const html = await response.text()
    expect(html).not.toContain(NONCE_PLACEHOLDER)
    expect(html.match(new RegExp(`nonce="${nonce?.replace(/[+/=]/g, '\\$&')}"`, 'g'))).toHaveLength(
      3,
    )
    nonces.add(nonce ?? '')
  }
  expect(nonces.size).toBe(4)
})

it('keeps script sources out of every answer that is not the page', async () => {
  const response = await fetch(`${server.url}/api/workers/wrk_1`)
  expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
})
