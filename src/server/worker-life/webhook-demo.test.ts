// @vitest-environment node
import { createApp } from '../app'

/* The same boundary in demo mode: the simulated Handinger's secrets never reach the browser. */

const NOW = Date.parse('2026-07-15T10:30:00Z')
const MASKED = 'https://hooks.example.com/…'
const SECRETS = ['whk_demo-secret-token-never-shown', 's3cr3tPathPart', 'T01ABCD', 'B02EFGH']
const BASE = '/api/workers/wrk_demo-scheduled'

const demoApp = () => createApp({ upstream: null, demo: { now: () => NOW } })

async function expectNoSecrets(response: Response) {
  const text = await response.clone().text()
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret)
    expect(headers).not.toContain(secret)
  }
}

type Log = { url: string; errorMessage: string | null; requestStatus: string; taskId: string }

describe('demo mode: wrk_demo-scheduled through the app', () => {
  it('shows the webhook masked, with only whether it has a token', async () => {
    const response = await demoApp().request(`${BASE}/webhook`)
    expect(response.status).toBe(200)
    expect(await response.clone().json()).toEqual({ url: MASKED, hasToken: true })
    await expectNoSecrets(response)
  })

  it('steps through three pages of deliveries, each URL and error message masked', async () => {
    const app = demoApp()
    const seen: Log[] = []
    for (const page of [1, 2, 3]) {
      const response = await app.request(`${BASE}/webhook/executions?page=${page}`)
      expect(response.status).toBe(200)
      const body = (await response.clone().json()) as { logs: Log[]; page: number }
      expect(body).toMatchObject({ page, pageCount: 3, totalCount: 130 })
      seen.push(...body.logs)
      await expectNoSecrets(response)
    }
    expect(seen).toHaveLength(130)
    for (const log of seen) expect(log.url).toBe(MASKED)
    const quoting = seen.filter((log) => log.errorMessage?.includes(MASKED))
    expect(quoting.length).toBeGreaterThan(0)
    expect(seen.filter((log) => log.requestStatus === 'error').length).toBeGreaterThan(5)
    expect(new Set(seen.map((log) => log.taskId)).size).toBe(130)
  })

  it('answers 304 to the tag of the rewritten page', async () => {
    const app = demoApp()
    const first = await app.request(`${BASE}/webhook/executions?page=2`)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    const again = await app.request(`${BASE}/webhook/executions?page=2`, {
      headers: { 'If-None-Match': etag ?? '' },
    })
    expect(again.status).toBe(304)
    const webhook = await app.request(`${BASE}/webhook`)
    const webhookAgain = await app.request(`${BASE}/webhook`, {
      headers: { 'If-None-Match': webhook.headers.get('etag') ?? '' },
    })
    expect(webhookAgain.status).toBe(304)
  })

  it('passes the schedules on as they are', async () => {
    const response = await demoApp().request(`${BASE}/schedules`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { schedules: unknown[]; timezone: string }
    expect(body.schedules).toHaveLength(4)
    expect(body.timezone).toBe('Europe/Madrid')
  })

  it('keeps the secrets in every other spelling and method', async () => {
    const app = demoApp()
    // The router reads escaped letters as letters, for the demo's routes and the boundary alike.
    for (const path of [
      `${BASE}/web%68ook`,
      '/api/workers/wrk_demo-%73cheduled/webhook',
      `${BASE}/webhook?x=1`,
    ]) {
      const response = await app.request(path)
      expect(await response.clone().json(), path).toEqual({ url: MASKED, hasToken: true })
      await expectNoSecrets(response)
    }
    const page = await app.request(`${BASE}/webhook/execution%73`)
    expect(page.status).toBe(200)
    await expectNoSecrets(page)
    const head = await app.request(`${BASE}/webhook`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.clone().text()).toBe('')
    await expectNoSecrets(head)
  })

  it('answers 403 with its message for a worker the key did not create', async () => {
    const response = await demoApp().request('/api/workers/wrk_demo-followups/webhook')
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      error: 'Only the worker creator can access its webhook and schedules.',
    })
  })
})
