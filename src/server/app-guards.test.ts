// @vitest-environment node
import { createApp } from './app'
import type { AppLogger } from './request-log'
import { answerJson, unreachableBaseUrl, setupFakeHandinger } from '../test/node/fake-handinger'
import { TEST_KEY, expectNoKey } from '../test/node/expect-no-key'

// Each answer names the last characters of the key it was asked with.
const upstream = setupFakeHandinger(
  answerJson(200, (req) => ({
    id: 'wrk_1',
    seenWith: req.headers.authorization?.slice(-4),
  })),
)

const sessionSecret = 'q'.repeat(32)
const ORIGIN = 'http://localhost'

function recordLines() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = []
  const at = (level: string) => (fields: Record<string, unknown>, message: string) =>
    void lines.push({ level, fields, message })
  const logger: AppLogger = { debug: at('debug'), info: at('info'), warn: at('warn') }
  return { lines, logger }
}

function signIn(app: ReturnType<typeof createApp>, body: unknown, headers: HeadersInit = {}) {
  return app.request('/_app/session', {
    method: 'POST',
    headers: { Origin: ORIGIN, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

describe('host check', () => {
  it('answers 421 for a foreign Host and never reaches Handinger', async () => {
    const app = createApp({ upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY } })
    const response = await app.request('http://attacker.example/api/workers/wrk_1')
    expect(response.status).toBe(421)
    expect(await response.clone().json()).toEqual({ error: expect.any(String) })
    expect(upstream.requests).toEqual([])
    await expectNoKey(response)
    const config = await app.request('http://attacker.example:4173/_app/config')
    expect(config.status).toBe(421)
  })

  it('answers loopback names on any port, and configured names', async () => {
    const app = createApp({ upstream: null, allowedHosts: ['inspector.example.com'] })
    for (const host of ['localhost:4173', '127.0.0.1', '[::1]:80', 'inspector.example.com']) {
      expect((await app.request(`http://${host}/_app/config`)).status, host).toBe(200)
    }
    expect((await app.request('http://inspector.example.com.evil/_app/config')).status).toBe(421)
  })
})

describe('health', () => {
  it('answers /healthz and /readyz for any Host, demo mode is ready', async () => {
    const app = createApp({ upstream: null })
    const health = await app.request('http://10.1.2.3:4173/healthz')
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ ok: true })
    expect(await (await app.request('/readyz')).json()).toEqual({ ready: true, upstream: 'demo' })
  })

  it('probes the upstream origin without the key and says when it cannot be reached', async () => {
    const app = createApp({ upstream: { baseUrl: `${upstream.baseUrl}/v1`, apiKey: TEST_KEY } })
    const ready = await app.request('/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ ready: true, upstream: 'reachable' })
    expect(upstream.requests).toHaveLength(1)
    expect(upstream.requests[0]).toMatchObject({ method: 'HEAD', url: '/' })
    expect(upstream.requests[0]?.headers.authorization).toBeUndefined()

    const down = createApp({ upstream: { baseUrl: await unreachableBaseUrl(), apiKey: TEST_KEY } })
    const notReady = await down.request('/readyz')
    expect(notReady.status).toBe(503)
    expect(await notReady.json()).toEqual({ ready: false, upstream: 'unreachable' })
  })
})

describe('team access', () => {
  const team = { mode: 'team' as const, secret: 'our shared secret!', identityHeader: null }
  const teamApp = () =>
    createApp({
      upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
      access: { ...team, sessionSecret, sessionDays: 7 },
    })

  it('asks for access: /api answers 401 with the mode, /_app/config says signed out', async () => {
    const app = teamApp()
    const response = await app.request('/api/workers/wrk_1')
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: expect.any(String), access: 'team' })
    expect(upstream.requests).toEqual([])
    const config = await (await app.request('/_app/config')).json()
    expect(config).toMatchObject({ access: { mode: 'team', signedIn: false } })
  })

  it('signs in with the secret, then /api works with the cookie; sign-out clears it', async () => {
    const app = teamApp()
    expect((await signIn(app, { secret: 'nope' })).status).toBe(401)
    const response = await signIn(app, { secret: team.secret })
    expect(response.status).toBe(204)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toBe('')
    const cookie = cookieOf(response)
    const worker = await app.request('/api/workers/wrk_1', { headers: { Cookie: cookie } })
    expect(worker.status).toBe(200)
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
    const config = await (await app.request('/_app/config', { headers: { Cookie: cookie } })).json()
    expect(config).toMatchObject({ access: { mode: 'team', signedIn: true } })

    const out = await app.request('/_app/session', {
      method: 'DELETE',
      headers: { Origin: ORIGIN },
    })
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
  })

  it('names each session with its own opaque scope in /_app/config, none when signed out', async () => {
    const app = teamApp()
    const scopeWith = async (cookie?: string) => {
      const headers: Record<string, string> = cookie ? { Cookie: cookie } : {}
      return (await (await app.request('/_app/config', { headers })).json()).access.scope
    }
    expect(await scopeWith()).toBeUndefined()
    const first = cookieOf(await signIn(app, { secret: team.secret }))
    const scope = await scopeWith(first)
    expect(scope).toMatch(/^[0-9a-f]{32}$/)
    expect(await scopeWith(first)).toBe(scope)
    expect(first).not.toContain(scope)
    // A later sign-in is another session, even by the same person.
    const second = cookieOf(await signIn(app, { secret: team.secret }))
    expect(await scopeWith(second)).not.toBe(scope)
  })

  it('refuses sign-in and sign-out from another site or without an Origin', async () => {
    const app = teamApp()
    expect(
      (await signIn(app, { secret: team.secret }, { Origin: 'https://evil.example' })).status,
    ).toBe(403)
    const noOrigin = await app.request('/_app/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ secret: team.secret }),
    })
    expect(noOrigin.status).toBe(403)
    expect(noOrigin.headers.get('set-cookie')).toBeNull()
    const crossSite = await signIn(app, { secret: team.secret }, { 'Sec-Fetch-Site': 'cross-site' })
    expect(crossSite.status).toBe(403)
    const out = await app.request('/_app/session', {
      method: 'DELETE',
      headers: { Origin: 'https://evil.example' },
    })
    expect(out.status).toBe(403)
    const form = await signIn(app, null, { 'Content-Type': 'text/plain' })
    expect(form.status).toBe(415)
  })
})

describe('bring-your-own-key access', () => {
  const byokApp = () =>
    createApp({
      upstream: { baseUrl: upstream.baseUrl },
      access: { mode: 'byok', sessionSecret, sessionDays: 7 },
    })

  it('forwards each person’s own key, and none without a session', async () => {
    const app = byokApp()
    expect((await app.request('/api/workers/wrk_1')).status).toBe(401)
    expect(upstream.requests).toEqual([])

    const alice = cookieOf(await signIn(app, { apiKey: 'hdg_live_alice_0001' }))
    const bob = cookieOf(await signIn(app, { apiKey: 'hdg_live_bob_0002' }))
    expect(alice).not.toContain('alice')
    // Each sign-in checked its key with Handinger (access/byok-sign-in.test.ts); reads follow.
    upstream.requests.length = 0
    const a = await app.request('/api/workers/wrk_1', { headers: { Cookie: alice } })
    const b = await app.request('/api/workers/wrk_1', { headers: { Cookie: bob } })
    expect(await a.json()).toMatchObject({ seenWith: '0001' })
    expect(await b.json()).toMatchObject({ seenWith: '0002' })
    expect(upstream.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer hdg_live_alice_0001',
      'Bearer hdg_live_bob_0002',
    ])
  })
})

describe('request log', () => {
  it('writes one line with method, path, route, status, duration, bytes and upstream timing', async () => {
    const { lines, logger } = recordLines()
    const app = createApp({ upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY }, logger })
    const response = await app.request('/api/workers/wrk_1?taskId=tsk_secretquery', {
      headers: { Cookie: '__Host-inspector-session=cookie-value' },
    })
    const text = await response.text()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: 'info',
      message: 'request',
      fields: {
        method: 'GET',
        path: '/api/workers/wrk_1',
        route: '/api/*',
        status: 200,
        ms: expect.any(Number),
        bytes: new TextEncoder().encode(text).byteLength,
        upstreamStatus: 200,
        upstreamMs: expect.any(Number),
      },
    })
    const line = JSON.stringify(lines)
    for (const secret of [TEST_KEY, 'tsk_secretquery', 'cookie-value', 'taskId']) {
      expect(line).not.toContain(secret)
    }
  })

  it('logs refusals without upstream fields, and health probes at debug level', async () => {
    const { lines, logger } = recordLines()
    const app = createApp({ upstream: null, logger })
    await (await app.request('http://evil.example/api/workers/wrk_demo-live')).text()
    await (await app.request('/healthz')).text()
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', fields: expect.objectContaining({ status: 421 }) }),
      expect.objectContaining({
        level: 'debug',
        fields: expect.objectContaining({ path: '/healthz' }),
      }),
    ])
    expect(lines[0]?.fields).not.toHaveProperty('upstreamStatus')
  })
})
