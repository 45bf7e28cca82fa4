// @vitest-environment node
import { createApp } from '../app'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY, expectNoKey } from '../../test/node/expect-no-key'

/* Whatever Handinger labels its answer, /api answers JSON (or plain error text), inert. */
const upstream = setupFakeHandinger()

const liveApp = () => createApp({ upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY } })

function answerTyped(status: number, contentType: string | null, body: string, extra = {}) {
  upstream.answer((_req, res) => {
    res.writeHead(status, { ...(contentType ? { 'Content-Type': contentType } : {}), ...extra })
    res.end(body)
  })
}

function expectInert(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
}

describe('/api answers are JSON or plain text, whatever Handinger labels them', () => {
  it.each([
    ['text/html', '<script>alert(document.cookie)</script>'],
    ['application/javascript', 'alert(1)'],
    ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    [null, '<html>no label</html>'],
  ])('refuses a 200 labelled %s that is not JSON with a 502 in JSON', async (type, body) => {
    answerTyped(200, type, body)
    const response = await liveApp().request('/api/workers/wrk_1')
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toBe('application/json')
    const answer = await response.clone().json()
    expect(answer).toEqual({ error: expect.stringContaining('does not pass on') })
    expect(JSON.stringify(answer)).not.toContain('<script>')
    expectInert(response)
    await expectNoKey(response)
  })

  it('relabels a body that really is JSON', async () => {
    answerTyped(200, 'text/html; charset=utf-8', '{"id":"wrk_1","status":"completed"}')
    const response = await liveApp().request('/api/workers/wrk_1')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe('{"id":"wrk_1","status":"completed"}')
    expectInert(response)
  })

  it('keeps an error status and its Retry-After when the error page is HTML', async () => {
    answerTyped(503, 'text/html', '<h1>Down for maintenance</h1>', { 'Retry-After': '120' })
    const response = await liveApp().request('/api/workers/wrk_1')
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('120')
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({ error: expect.stringContaining('text/html') })
  })

  it('passes plain error text as text/plain', async () => {
    answerTyped(500, 'text/plain', 'upstream exploded')
    const response = await liveApp().request('/api/workers/wrk_1')
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe('upstream exploded')
    expectInert(response)
  })

  it('names only a type that looks like one', async () => {
    answerTyped(200, 'text/<b>evil</b>', 'x')
    const response = await liveApp().request('/api/workers/wrk_1')
    expect(await response.json()).toEqual({
      error: 'Handinger answered with an unexpected type, which the inspector does not pass on.',
    })
  })

  it('puts nosniff and the sandbox on every /api answer: passed, refused, signed out, misrouted', async () => {
    upstream.answer(answerJson(200, { id: 'wrk_1' }))
    const live = liveApp()
    const team = createApp({
      upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
      access: {
        mode: 'team',
        secret: 'our shared secret!',
        identityHeader: null,
        sessionSecret: 'q'.repeat(32),
        sessionDays: 7,
      },
    })
    const answers = [
      await live.request('/api/workers/wrk_1'),
      await live.request('/api/workers/wrk_1', { method: 'POST' }),
      await live.request('/api/nothing/here'),
      await live.request('http://attacker.example/api/workers/wrk_1'),
      await team.request('/api/workers/wrk_1'),
      await createApp({ upstream: null }).request('/api/workers/wrk_demo-research'),
    ]
    expect(answers.map((r) => r.status)).toEqual([200, 405, 404, 421, 401, 200])
    for (const response of answers) {
      expectInert(response)
      expect(response.headers.get('content-type')).toMatch(/^(application\/json|text\/plain)/)
    }
  })

  it('keeps the simulated API to JSON too: its HTML error page becomes a JSON error', async () => {
    const response = await createApp({ upstream: null }).request('/api/workers/wrk_demo-fault-html')
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({ error: expect.stringContaining('not JSON') })
    expectInert(response)
  })
})
