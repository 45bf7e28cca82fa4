// @vitest-environment node
import { createApp } from './app'
import { demoCatalog } from './demo/catalog'
import {
  answerJson,
  neverAnswer,
  redirectTo,
  unreachableBaseUrl,
  setupFakeHandinger,
} from '../test/node/fake-handinger'
import { startRecordingServer } from '../test/node/recording-server'
import { TEST_KEY, expectNoKey } from '../test/node/expect-no-key'

const upstream = setupFakeHandinger(
  answerJson(200, { id: 'wrk_1', status: 'completed', running: false }),
)

const liveApp = (timeoutMs?: number) =>
  createApp({ upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY, timeoutMs } })

// /api answers are a sandbox with nothing allowed; the app's own may never be framed.
function expectSecurityHeaders(response: Response, where: 'api' | 'app' = 'api') {
  const csp = response.headers.get('content-security-policy') ?? ''
  if (where === 'api') {
    expect(csp).toBe("sandbox; default-src 'none'")
  } else {
    expect(csp).toContain("frame-ancestors 'none'")
  }
  expect(csp).not.toContain("'unsafe-inline'")
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('no-referrer')
}

describe('live mode: /api is forwarded to Handinger', () => {
  it('adds the key and keeps the path and query', async () => {
    const response = await liveApp().request('/api/workers/wrk_1?taskId=tsk_1')
    expect(response.status).toBe(200)
    expect(await response.clone().json()).toMatchObject({ id: 'wrk_1' })
    expect(upstream.requests).toHaveLength(1)
    expect(upstream.requests[0]).toMatchObject({
      method: 'GET',
      url: '/api/workers/wrk_1?taskId=tsk_1',
    })
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
    await expectNoKey(response)
    expectSecurityHeaders(response)
  })

  it('keeps browser cookies away from Handinger and upstream cookies away from the browser', async () => {
    upstream.answer(
      answerJson(200, {}, { 'Set-Cookie': ['hdg_session=abc; HttpOnly', 'tracking=1'] }),
    )
    const response = await liveApp().request('/api/workers/wrk_1', {
      headers: { Cookie: 'inspector=1; other=2', Authorization: 'Bearer from-the-browser' },
    })
    expect(upstream.requests[0]?.headers.cookie).toBeUndefined()
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.getSetCookie()).toEqual([])
  })

  it('passes back 429 with Retry-After', async () => {
    upstream.answer(answerJson(429, { error: 'Rate limit exceeded' }, { 'Retry-After': '30' }))
    const response = await liveApp().request('/api/workers/wrk_1')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(await response.json()).toEqual({ error: 'Rate limit exceeded' })
    expectSecurityHeaders(response)
  })

  it('passes back 401 without the key', async () => {
    upstream.answer(answerJson(401, { error: 'Invalid API key' }, { 'WWW-Authenticate': 'Bearer' }))
    const response = await liveApp().request('/api/workers/wrk_1')
    expect(response.status).toBe(401)
    expect(await response.clone().json()).toEqual({ error: 'Invalid API key' })
    await expectNoKey(response)
  })

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s without calling Handinger', async (method) => {
    const response = await liveApp().request('/api/workers/wrk_1', { method, body: '{}' })
    expect(response.status).toBe(405)
    expect(upstream.requests).toEqual([])
    await expectNoKey(response)
    expectSecurityHeaders(response)
  })

  it('answers 502 in JSON, without the key, when Handinger is down', async () => {
    const app = createApp({ upstream: { baseUrl: await unreachableBaseUrl(), apiKey: TEST_KEY } })
    const response = await app.request('/api/workers/wrk_1')
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(await response.clone().json()).toEqual({ error: expect.any(String) })
    await expectNoKey(response)
  })

  it('answers 504 when Handinger is too slow', async () => {
    upstream.answer(neverAnswer)
    const response = await liveApp(200).request('/api/workers/wrk_1')
    expect(response.status).toBe(504)
    expect(await response.clone().json()).toEqual({ error: expect.any(String) })
    await expectNoKey(response)
  })

  it('does not follow a redirect from Handinger', async () => {
    const target = await startRecordingServer((_req, res) => res.end('{}'))
    upstream.answer(redirectTo(`${target.baseUrl}/collect`))
    try {
      const response = await liveApp().request('/api/workers/wrk_1')
      expect(response.status).toBe(502)
      expect(response.headers.get('location')).toBeNull()
      expect(target.requests).toEqual([])
      await expectNoKey(response)
    } finally {
      await target.close()
    }
  })

  it('never forwards a path that climbs out of /api', async () => {
    const response = await liveApp().request('/api/%2e%2e/admin/keys')
    expect(response.status).toBe(404)
    expect(upstream.requests).toEqual([])
  })

  it('says it is live in /_app/config, without the key', async () => {
    const response = await liveApp().request('/_app/config')
    expect(response.status).toBe(200)
    expect(await response.clone().json()).toEqual({
      mode: 'live',
      demoWorkers: [],
      access: { mode: 'none', signedIn: true },
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
    await expectNoKey(response)
    expectSecurityHeaders(response, 'app')
  })
})

describe('demo mode: no key', () => {
  const demoApp = () => createApp({ upstream: null })

  it('lists the demo catalog in /_app/config', async () => {
    const response = await demoApp().request('/_app/config')
    expect(await response.json()).toEqual({
      mode: 'demo',
      demoWorkers: demoCatalog,
      access: { mode: 'none', signedIn: true },
    })
    expect(demoCatalog.map((w) => w.workerId)).toContain('wrk_demo-research')
    expectSecurityHeaders(response, 'app')
  })

  it('answers /api from the simulated API, never from Handinger', async () => {
    const response = await demoApp().request('/api/workers/wrk_demo-research')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ id: 'wrk_demo-research', object: 'worker' })
    expect(upstream.requests).toEqual([])
    expectSecurityHeaders(response)
  })

  it('answers unknown workers with 404 and security headers', async () => {
    const response = await demoApp().request('/api/workers/wrk_nobody')
    expect(response.status).toBe(404)
    expectSecurityHeaders(response)
  })
})
