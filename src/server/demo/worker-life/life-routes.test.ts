// @vitest-environment node
import { demoCatalog } from '../catalog'
import { createDemoApi } from '../demo-api'
import { DEMO_HOOK_TOKEN, DEMO_HOOK_URL } from '../scenarios/scheduled-life'
import { NOT_CREATOR_MESSAGE } from './life-routes'
import type { WebhookExecution, WorkerSchedule } from './worker-life'

/* The simulated Handinger's webhook, delivery and schedule reads (before the app's boundary). */

// Wednesday 15 July 2026, 12:30 in Madrid.
const NOW = Date.parse('2026-07-15T10:30:00Z')

type Page = { logs: WebhookExecution[]; page: number; pageCount: number; totalCount: number }
type Schedules = { schedules: WorkerSchedule[]; workerId: string; timezone: string }

function setup(now = NOW) {
  const app = createDemoApi({ now: () => now })
  return async <T>(path: string) => {
    const res = await app.request(path)
    return { status: res.status, body: (await res.json()) as T }
  }
}

const EXECUTIONS = '/api/workers/wrk_demo-scheduled/webhook/executions'

describe('wrk_demo-scheduled deliveries', () => {
  it('come in three pages of 50, 50 and 30, newest first, and then an empty page', async () => {
    const get = setup()
    const pages: Page[] = []
    for (const page of [1, 2, 3]) {
      const { status, body } = await get<Page>(`${EXECUTIONS}?page=${page}`)
      expect(status).toBe(200)
      expect(body).toMatchObject({ page, pageCount: 3, totalCount: 130 })
      pages.push(body)
    }
    expect(pages.map((p) => p.logs.length)).toEqual([50, 50, 30])
    expect((await get<Page>(EXECUTIONS)).body).toEqual(pages[0])
    expect((await get<Page>(`${EXECUTIONS}?page=4`)).body).toEqual({
      logs: [],
      page: 4,
      pageCount: 3,
      totalCount: 130,
    })

    const logs = pages.flatMap((p) => p.logs)
    const times = logs.map((log) => Date.parse(log.createdAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(new Set(logs.map((log) => log.id)).size).toBe(130)
    expect(new Set(logs.map((log) => log.taskId)).size).toBe(130)
    // About one a weekday: 130 weekdays are 26 weeks.
    const spanDays = ((times[0] ?? 0) - (times.at(-1) ?? 0)) / 86_400_000
    expect(spanDays).toBeGreaterThan(178)
    expect(spanDays).toBeLessThan(184)
    for (const log of logs) {
      expect(log.url).toBe(DEMO_HOOK_URL)
      expect(log.workerId).toBe('wrk_demo-scheduled')
      expect(new Date(log.createdAt).getUTCDay()).not.toBe(0)
    }
  })

  it('ends this morning and include failed deliveries on every page', async () => {
    const get = setup()
    const first = (await get<Page>(EXECUTIONS)).body.logs[0]
    expect(first?.createdAt.slice(0, 10)).toBe('2026-07-15')
    expect(Date.parse(first?.createdAt ?? '')).toBeLessThan(NOW)
    for (const page of [1, 2, 3]) {
      const { logs } = (await get<Page>(`${EXECUTIONS}?page=${page}`)).body
      expect(
        logs.some((log) => log.requestStatus === 'error'),
        `page ${page}`,
      ).toBe(true)
    }
    const all = (
      await Promise.all([1, 2, 3].map((page) => get<Page>(`${EXECUTIONS}?page=${page}`)))
    ).flatMap((r) => r.body.logs)
    const failed = all.filter((log) => log.requestStatus === 'error')
    expect(new Set(failed.map((log) => log.responseStatus))).toEqual(new Set([500, 410, null]))
    for (const log of failed) expect(log.errorMessage).toEqual(expect.any(String))
    for (const log of all.filter((l) => l.requestStatus === 'success')) {
      expect(log).toMatchObject({ responseStatus: 200, errorMessage: null })
    }
    // Some quote the webhook URL, as receivers' messages do: the app's boundary must cut it.
    expect(failed.some((log) => log.errorMessage?.includes(DEMO_HOOK_URL))).toBe(true)
    const timeout = failed.find(
      (log) => log.responseStatus === null && /timed out/.test(log.errorMessage ?? ''),
    )
    expect(timeout?.durationMs).toBe(10_000)
  })

  it('refuses a page that is not a whole number from 1', async () => {
    const get = setup()
    for (const page of ['0', '-1', 'abc', '1.5', '']) {
      expect((await get(`${EXECUTIONS}?page=${page}`)).status, page).toBe(400)
    }
  })

  it('are the same for the same clock, and move with it', async () => {
    const a = await setup()<Page>(EXECUTIONS)
    const b = await setup()<Page>(EXECUTIONS)
    expect(a.body).toEqual(b.body)
    const nextDay = await setup(NOW + 86_400_000)<Page>(EXECUTIONS)
    expect(nextDay.body.logs[0]?.createdAt.slice(0, 10)).toBe('2026-07-16')
    expect(nextDay.body.logs[0]?.taskId).toBe('tsk_demo-scheduled-130')
  })
})

describe('wrk_demo-scheduled schedules and webhook', () => {
  it('has one schedule of each type, all due after now, in Madrid time', async () => {
    const { status, body } = await setup()<Schedules>('/api/workers/wrk_demo-scheduled/schedules')
    expect(status).toBe(200)
    expect(body.workerId).toBe('wrk_demo-scheduled')
    expect(body.timezone).toBe('Europe/Madrid')
    expect(body.schedules.map((s) => s.type).sort()).toEqual([
      'cron',
      'delayed',
      'interval',
      'scheduled',
    ])
    for (const schedule of body.schedules) {
      expect(Date.parse(schedule.nextRunAt), schedule.id).toBeGreaterThan(NOW)
      expect(schedule.input.length).toBeGreaterThan(10)
      expect(['low', 'standard', 'high', 'unlimited']).toContain(schedule.budget)
    }
    const byType = Object.fromEntries(body.schedules.map((s) => [s.type, s]))
    expect(byType.cron).toMatchObject({
      cron: '0 7 * * 1-5',
      nextRunAt: '2026-07-16T05:00:00.000Z',
    })
    expect(byType.interval).toMatchObject({ intervalSeconds: 21_600 })
    expect(byType.delayed).toMatchObject({ delayInSeconds: 7200 })
    // Due within the next two hours, so "next run in 2 h" holds.
    expect(Date.parse(byType.delayed?.nextRunAt ?? '') - NOW).toBeLessThanOrEqual(2 * 3_600_000)
    expect(byType.scheduled?.nextRunAt).toBe('2026-08-01T07:00:00.000Z')
  })

  it('answers the webhook as Handinger does, URL and token (the app hides them)', async () => {
    const { status, body } = await setup()('/api/workers/wrk_demo-scheduled/webhook')
    expect(status).toBe(200)
    expect(body).toEqual({ url: DEMO_HOOK_URL, token: DEMO_HOOK_TOKEN })
  })
})

describe('the other demo workers', () => {
  it('answer 403 on every life route of a worker the key did not create', async () => {
    const get = setup()
    for (const path of ['webhook', 'webhook/executions', 'schedules']) {
      const { status, body } = await get(`/api/workers/wrk_demo-followups/${path}`)
      expect(status, path).toBe(403)
      expect(body).toEqual({ error: NOT_CREATOR_MESSAGE })
    }
  })

  it('have no webhook, no schedules and no deliveries', async () => {
    const get = setup()
    const quiet = demoCatalog
      .map((entry) => entry.workerId)
      .filter((id) => id !== 'wrk_demo-scheduled' && id !== 'wrk_demo-followups')
    expect(quiet.length).toBeGreaterThan(5)
    for (const workerId of quiet) {
      const base = `/api/workers/${workerId}`
      expect((await get(`${base}/webhook`)).body, workerId).toEqual({ url: null, token: null })
      expect((await get(`${base}/schedules`)).body).toEqual({
        schedules: [],
        workerId,
        timezone: 'UTC',
      })
      expect((await get(`${base}/webhook/executions`)).body).toEqual({
        logs: [],
        page: 1,
        pageCount: 0,
        totalCount: 0,
      })
    }
  })

  it('answer 404 for an unknown worker and 400 for an invalid ID', async () => {
    const get = setup()
    for (const path of ['webhook', 'webhook/executions', 'schedules']) {
      expect((await get(`/api/workers/wrk_nobody/${path}`)).status).toBe(404)
      expect((await get(`/api/workers/..x/${path}`)).status).toBe(400)
    }
  })
})
