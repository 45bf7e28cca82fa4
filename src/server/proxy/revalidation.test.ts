// @vitest-environment node
import { createApp } from '../app'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'

/* ETag and 304 for every /api answer, whichever side (Handinger or the demo) gave it. */

let worker = { id: 'wrk_1', status: 'running', output_text: 'x'.repeat(5000) }

// Answers the worker as it is at the time of the request.
const upstream = setupFakeHandinger(answerJson(200, () => worker, { ETag: '"upstream-v1"' }))

beforeEach(() => {
  worker = { id: 'wrk_1', status: 'running', output_text: 'x'.repeat(5000) }
})

// No sharing window, so each request reaches the fake Handinger and sees its latest answer.
const liveApp = () =>
  createApp({ upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY, shareMs: 0 } })

async function expectRevalidation(app: ReturnType<typeof createApp>, path: string) {
  const first = await app.request(path)
  expect(first.status).toBe(200)
  const etag = first.headers.get('etag')
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{43,64}"$/)
  expect(first.headers.get('cache-control')).toBe('no-cache')
  const body = await first.text()
  expect(body.length).toBeGreaterThan(100)

  const again = await app.request(path, { headers: { 'If-None-Match': etag ?? '' } })
  expect(again.status).toBe(304)
  expect(await again.text()).toBe('')
  expect(again.headers.get('etag')).toBe(etag)
  expect(again.headers.get('cache-control')).toBe('no-cache')
  expect(again.headers.get('content-type')).toBeNull()
  // The security headers are still there on a 304.
  expect(again.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")

  // A compressed answer's weak tag, or a list of tags, still matches.
  const weak = await app.request(path, { headers: { 'If-None-Match': `"other", W/${etag}` } })
  expect(weak.status).toBe(304)
  return { etag, body }
}

describe('ETag and 304 on /api', () => {
  it('live: an unchanged worker is answered 304, a changed one 200 with a new tag', async () => {
    const app = liveApp()
    const { etag } = await expectRevalidation(app, '/api/workers/wrk_1')
    expect(etag).not.toBe('"upstream-v1"')

    worker = { ...worker, status: 'completed' }
    const changed = await app.request('/api/workers/wrk_1', {
      headers: { 'If-None-Match': etag ?? '' },
    })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(await changed.json()).toMatchObject({ status: 'completed' })
  })

  it('demo: the simulated API gets the same treatment', async () => {
    const app = createApp({ upstream: null })
    const { body } = await expectRevalidation(app, '/api/workers/wrk_demo-research')
    expect(JSON.parse(body)).toMatchObject({ id: 'wrk_demo-research' })
  })

  it('errors carry no ETag and stay out of the browser cache', async () => {
    upstream.answer(answerJson(404, '{"error":"Worker not found"}'))
    for (const app of [liveApp(), createApp({ upstream: null })]) {
      const missing = await app.request('/api/workers/wrk_nobody', {
        headers: { 'If-None-Match': '*' },
      })
      expect(missing.status).toBe(404)
      expect(missing.headers.get('etag')).toBeNull()
      expect(missing.headers.get('cache-control')).toBe('no-store')
    }
  })
})
