// @vitest-environment node
import type { RequestListener } from 'node:http'
import { createApp } from '../app'
import type { AppLogger } from '../request-log'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY, expectNoKey } from '../../test/node/expect-no-key'

/* The webhook reads through the whole app in live mode, against a fake Handinger. */

const HOOK = 'https://hooks.example.com/services/T01ABCD/B02EFGH/s3cr3tPathPart'
const MASKED = 'https://hooks.example.com/…'
const TOKEN = 'whk_live_token-that-stays-on-the-server'
const SECRETS = [TOKEN, 's3cr3tPathPart', 'T01ABCD']

const delivery = (n: number, fields: Record<string, unknown> = {}) => ({
  id: `wex_${n}`,
  createdAt: `2026-07-${String(n).padStart(2, '0')}T05:00:12.000Z`,
  durationMs: 200 + n,
  errorMessage: null,
  requestStatus: 'success',
  responseStatus: 200,
  taskId: `tsk_${n}`,
  taskTitle: `Run ${n}`,
  url: HOOK,
  workerId: 'wrk_1',
  ...fields,
})

const EXECUTIONS = {
  logs: [
    delivery(3),
    delivery(2, {
      requestStatus: 'error',
      responseStatus: 410,
      errorMessage: `POST ${HOOK} answered 410 Gone; sent X-Handinger-Token: ${TOKEN}`,
      requestHeaders: { 'X-Handinger-Token': TOKEN },
    }),
    delivery(1, { requestStatus: 'error', responseStatus: null, errorMessage: 'Timed out' }),
  ],
  page: 1,
  pageCount: 1,
  totalCount: 3,
}

// Handinger as the creator's key sees it: each read answered by its path.
function handinger(overrides: Record<string, RequestListener> = {}): RequestListener {
  const routes: Record<string, RequestListener> = {
    '/api/workers/wrk_1/webhook': answerJson(200, { url: HOOK, token: TOKEN }),
    '/api/workers/wrk_1/webhook/executions': answerJson(200, EXECUTIONS),
    '/api/workers/wrk_1/schedules': answerJson(200, {
      schedules: [],
      workerId: 'wrk_1',
      timezone: 'UTC',
    }),
    ...overrides,
  }
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? ''
    const answer = routes[path] ?? answerJson(404, { error: 'Not found' })
    answer(req, res)
  }
}

const upstream = setupFakeHandinger(handinger())

const liveApp = (options: { maxBodyBytes?: number; shareMs?: number; logger?: AppLogger } = {}) =>
  createApp({
    upstream: {
      baseUrl: upstream.baseUrl,
      apiKey: TEST_KEY,
      maxBodyBytes: options.maxBodyBytes,
      shareMs: options.shareMs,
    },
    logger: options.logger,
  })

// Revalidation's tag: SHA-256 of the bytes the browser gets, in hex.
async function tagOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `"${Buffer.from(digest).toString('hex')}"`
}

async function expectNoSecrets(response: Response) {
  const text = await response.clone().text()
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret)
    expect(headers).not.toContain(secret)
  }
  await expectNoKey(response)
}

describe('GET /api/workers/:id/webhook', () => {
  it('answers the masked URL and whether there is a token, never the token', async () => {
    const response = await liveApp().request('/api/workers/wrk_1/webhook')
    expect(response.status).toBe(200)
    expect(await response.clone().json()).toEqual({ url: MASKED, hasToken: true })
    expect(upstream.requests).toEqual([
      expect.objectContaining({ method: 'GET', url: '/api/workers/wrk_1/webhook' }),
    ])
    await expectNoSecrets(response)
  })

  it('answers no webhook as nulls', async () => {
    upstream.answer(
      handinger({ '/api/workers/wrk_1/webhook': answerJson(200, { url: null, token: null }) }),
    )
    const response = await liveApp().request('/api/workers/wrk_1/webhook')
    expect(await response.json()).toEqual({ url: null, hasToken: false })
  })

  it('tags the rewritten body, and answers 304 to that tag', async () => {
    const app = liveApp({ shareMs: 0 })
    const first = await app.request('/api/workers/wrk_1/webhook')
    const text = await first.text()
    const etag = first.headers.get('etag')
    expect(etag).toBe(await tagOf(text))
    expect(first.headers.get('cache-control')).toBe('no-cache')

    const again = await app.request('/api/workers/wrk_1/webhook', {
      headers: { 'If-None-Match': etag ?? '' },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(upstream.requests).toHaveLength(2)

    // A new token changes nothing the browser sees: still the same tag, still 304.
    upstream.answer(
      handinger({
        '/api/workers/wrk_1/webhook': answerJson(200, { url: HOOK, token: `${TOKEN}-2` }),
      }),
    )
    const rotated = await app.request('/api/workers/wrk_1/webhook', {
      headers: { 'If-None-Match': etag ?? '' },
    })
    expect(rotated.status).toBe(304)
  })

  it('answers HEAD without a body or a secret', async () => {
    const response = await liveApp().request('/api/workers/wrk_1/webhook', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    await expectNoSecrets(response)
  })

  it.each([
    ['a body that is not JSON', `{"url":"${HOOK}","token":"${TOKEN}"`],
    ['a list', JSON.stringify([{ url: HOOK, token: TOKEN }])],
    ['other field names', JSON.stringify({ webhookUrl: HOOK, secret: TOKEN })],
    ['an HTML page', `<html><body>${TOKEN}</body></html>`],
    ['nothing', ''],
  ])('fails closed with 502 on %s', async (_what, body) => {
    upstream.answer(handinger({ '/api/workers/wrk_1/webhook': answerJson(200, body) }))
    const response = await liveApp().request('/api/workers/wrk_1/webhook')
    expect(response.status).toBe(502)
    expect(await response.clone().json()).toEqual({
      error: "Handinger's webhook answer could not be read.",
    })
    expect(response.headers.get('etag')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('no-store')
    await expectNoSecrets(response)
  })

  it('passes 403 on as a 403 with its message, scrubbed of the key', async () => {
    const message = 'Only the worker creator can access its webhook and schedules.'
    upstream.answer(answerJson(403, { error: `${message} (key ${TEST_KEY})` }))
    const app = liveApp()
    for (const path of ['webhook', 'webhook/executions', 'schedules']) {
      const response = await app.request(`/api/workers/wrk_1/${path}`)
      expect(response.status, path).toBe(403)
      expect(await response.clone().json()).toEqual({ error: `${message} (key [redacted])` })
      expect(response.headers.get('etag')).toBeNull()
      await expectNoKey(response)
    }
  })

  it('shares one read among identical requests in flight, each rewritten', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    upstream.answer(
      handinger({
        '/api/workers/wrk_1/webhook': (req, res) =>
          void held.then(() => answerJson(200, { url: HOOK, token: TOKEN })(req, res)),
      }),
    )
    const app = liveApp()
    const answers = Promise.all([1, 2, 3].map(() => app.request('/api/workers/wrk_1/webhook')))
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    for (const response of await answers) {
      expect(await response.clone().json()).toEqual({ url: MASKED, hasToken: true })
      await expectNoSecrets(response)
    }
    expect(upstream.requests).toHaveLength(1)
  })

  it('refuses an answer over the size cap, without a secret', async () => {
    upstream.answer(
      handinger({
        '/api/workers/wrk_1/webhook': answerJson(200, {
          url: HOOK,
          token: TOKEN,
          pad: 'x'.repeat(4096),
        }),
      }),
    )
    const response = await liveApp({ maxBodyBytes: 1024 }).request('/api/workers/wrk_1/webhook')
    expect(response.status).toBe(502)
    expect(await response.clone().json()).toEqual({ error: expect.stringMatching(/larger than/) })
    await expectNoSecrets(response)
  })

  it('never writes the URL or the token to the request log', async () => {
    const lines: unknown[] = []
    const at = (fields: Record<string, unknown>, message: string) =>
      void lines.push(fields, message)
    const app = liveApp({ logger: { debug: at, info: at, warn: at } })
    for (const path of ['webhook', 'webhook/executions?page=1']) {
      await (await app.request(`/api/workers/wrk_1/${path}`)).text()
    }
    expect(lines.length).toBeGreaterThan(0)
    const logged = JSON.stringify(lines)
    for (const secret of [...SECRETS, 'hooks.example.com']) expect(logged).not.toContain(secret)
  })

  it('refuses other spellings of the path before anything is fetched', async () => {
    const app = liveApp()
    for (const path of ['/api/workers/wrk_1/web%68ook', '/api/workers/wrk_1/webhook/']) {
      const response = await app.request(path)
      expect(response.status, path).toBe(404)
      await expectNoSecrets(response)
    }
    expect(upstream.requests).toEqual([])
  })
})

describe('GET /api/workers/:id/webhook/executions', () => {
  it('masks every delivery URL and the URL quoted in an error, and leaves out the token', async () => {
    const response = await liveApp().request('/api/workers/wrk_1/webhook/executions')
    expect(response.status).toBe(200)
    const body = await response.clone().json()
    expect(body).toMatchObject({ page: 1, pageCount: 1, totalCount: 3 })
    expect(body.logs).toHaveLength(3)
    for (const log of body.logs) expect(log.url).toBe(MASKED)
    expect(body.logs[1]).toEqual({
      ...delivery(2),
      requestStatus: 'error',
      responseStatus: 410,
      url: MASKED,
      errorMessage: `POST ${MASKED} answered 410 Gone; sent X-Handinger-Token: [redacted]`,
    })
    expect(body.logs[2]).toMatchObject({ responseStatus: null, errorMessage: 'Timed out' })
    await expectNoSecrets(response)
  })

  it('forwards a valid page and refuses any other value without calling Handinger', async () => {
    const app = liveApp()
    expect((await app.request('/api/workers/wrk_1/webhook/executions?page=2')).status).toBe(200)
    expect(upstream.requests.map((r) => r.url)).toEqual([
      '/api/workers/wrk_1/webhook/executions?page=2',
    ])
    for (const page of ['0', '10001', 'abc', '2.5', '']) {
      const refused = await app.request(`/api/workers/wrk_1/webhook/executions?page=${page}`)
      expect(refused.status, page).toBe(400)
      expect(await refused.json()).toEqual({ error: expect.stringMatching(/page/i) })
    }
    expect(upstream.requests).toHaveLength(1)
  })

  it('tags the rewritten page and answers 304 to that tag', async () => {
    const app = liveApp({ shareMs: 0 })
    const first = await app.request('/api/workers/wrk_1/webhook/executions')
    const etag = first.headers.get('etag')
    expect(etag).toBe(await tagOf(await first.text()))
    const again = await app.request('/api/workers/wrk_1/webhook/executions', {
      headers: { 'If-None-Match': etag ?? '' },
    })
    expect(again.status).toBe(304)
  })

  it('fails closed with 502 on a page it cannot read', async () => {
    upstream.answer(
      handinger({
        '/api/workers/wrk_1/webhook/executions': answerJson(200, { logs: [delivery(1), TOKEN] }),
      }),
    )
    const response = await liveApp().request('/api/workers/wrk_1/webhook/executions')
    expect(response.status).toBe(502)
    await expectNoSecrets(response)
  })
})

describe('GET /api/workers/:id/schedules', () => {
  it('passes the schedules on as they are', async () => {
    const response = await liveApp().request('/api/workers/wrk_1/schedules')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ schedules: [], workerId: 'wrk_1', timezone: 'UTC' })
  })
})
