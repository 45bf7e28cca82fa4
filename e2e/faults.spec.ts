import { expect, type Page, test } from '@playwright/test'
import { panel, recordApiCalls, sleep, workerHeading } from './support'

/*
 * The fault matrix against the simulated API: each `wrk_demo-fault-<name>` worker fails in one
 * way. For each: what the user sees, that the last good data stays, and that polling stops
 * where it must. Long waits (the 30-minute cap, a 5-minute Retry-After, the 30 s timeout) are
 * driven with Playwright's clock, not by a setting only tests use.
 */

const ANSWER = 'The last good answer of the fault drill.'

function watch(page: Page, name: string) {
  const path = `/api/workers/wrk_demo-fault-${name}`
  const statuses: number[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === path) statuses.push(response.status())
  })
  const api = recordApiCalls(page, (url) => url.pathname === path)
  return { statuses, calls: api.calls }
}

const answer = (page: Page) => panel(page, 'Output').getByText(ANSWER)

async function expectFinal(page: Page, title: string, detail?: RegExp, timeout?: number) {
  const alert = page.getByRole('alert')
  const heading = alert.getByRole('heading', { level: 1, name: title, exact: true })
  await expect(heading).toBeVisible({ timeout })
  if (detail) await expect(alert).toContainText(detail)
}

/** No request for `ms` (more than two poll intervals). */
async function expectNoMoreRequests(calls: unknown[], ms = 5_000) {
  const before = calls.length
  await sleep(ms)
  expect(calls.length, 'requests after polling should have stopped').toBe(before)
}

test.describe('first load', () => {
  for (const [status, title, detail] of [
    ['400', 'Request rejected', /Invalid request/],
    ['401', 'Not authorized', /Invalid API key/],
    ['403', 'Access denied', /cannot access this worker/],
  ] as const) {
    test(`${status} is final at once`, async ({ page }) => {
      const { calls } = watch(page, status)
      await page.goto(`/workers/wrk_demo-fault-${status}`)
      await expectFinal(page, title, detail)
      await expectNoMoreRequests(calls, 2_500)
      expect(calls).toHaveLength(1)
    })
  }

  test('malformed JSON is final and says the response was unreadable', async ({ page }) => {
    const { calls } = watch(page, 'malformed')
    await page.goto('/workers/wrk_demo-fault-malformed')
    await expectFinal(page, 'Unreadable response', /not valid JSON/)
    await expectNoMoreRequests(calls, 2_500)
    expect(calls).toHaveLength(1)
  })

  test('an HTML error page is a server error, retried, and never rendered', async ({ page }) => {
    const { statuses } = watch(page, 'html')
    await page.goto('/workers/wrk_demo-fault-html')
    await expect(answer(page)).toBeVisible({ timeout: 15_000 })
    expect(statuses).toEqual([502, 200])
    await expect(page.getByText('nginx')).toHaveCount(0)
  })

  test('a 408 is retried and the worker loads', async ({ page }) => {
    const { statuses } = watch(page, '408')
    await page.goto('/workers/wrk_demo-fault-408')
    await expect(answer(page)).toBeVisible({ timeout: 15_000 })
    // Chromium itself resends a request that got 408 on a reused connection, so the page may
    // never see it; either way it must load, and the 408 is not final.
    expect(statuses.at(-1)).toBe(200)
    expect(statuses.length).toBeLessThanOrEqual(2)
  })

  test('a body cut off mid-way is a connection problem, retried', async ({ page }) => {
    const { calls } = watch(page, 'cut-body')
    await page.goto('/workers/wrk_demo-fault-cut-body')
    await expect(answer(page)).toBeVisible({ timeout: 15_000 })
    expect(calls).toHaveLength(2)
    await expect(page.getByText(/not valid JSON/)).toHaveCount(0)
  })

  test('a burst of 5xx is retried with backoff until the worker loads', async ({ page }) => {
    const { statuses } = watch(page, '5xx-burst')
    await page.goto('/workers/wrk_demo-fault-5xx-burst')
    const retrying = page.getByRole('status').filter({ hasText: 'Server error' })
    await expect(retrying).toContainText(/Trying again in \d+ s\./)
    await expect(answer(page)).toBeVisible({ timeout: 40_000 })
    expect(statuses).toEqual([500, 502, 503, 504, 200])
  })

  test('a request that never answers times out and is retried', async ({ page }) => {
    await page.clock.install()
    const { calls } = watch(page, 'timeout')
    await page.goto('/workers/wrk_demo-fault-timeout')
    await expect(page.getByText('Loading worker…')).toBeVisible()
    await page.clock.fastForward(31_000)
    await expect(page.getByRole('status')).toContainText(/did not answer within 30 s/)
    await page.clock.fastForward(31_000)
    await expect(answer(page)).toBeVisible({ timeout: 15_000 })
    expect(calls.length).toBeGreaterThanOrEqual(2)
  })
})

test.describe('404 of a task that may just have been created', () => {
  // Both tests visit the same simulated worker, whose request count is per visit: one at a time.
  test.describe.configure({ mode: 'default' })
  test('is tried again and the task loads once it exists', async ({ page }) => {
    const { statuses } = watch(page, 'task-appears')
    await page.goto('/workers/wrk_demo-fault-task-appears/tasks/tsk_fault-new')
    const waiting = page.getByRole('status').filter({ hasText: 'Task not found' })
    await expect(waiting).toContainText(/Trying again in \d s\./)
    await expect(answer(page)).toBeVisible({ timeout: 20_000 })
    expect(statuses).toEqual([404, 404, 200])
  })

  test('is final after three tries', async ({ page }) => {
    const { calls } = watch(page, 'task-appears')
    await page.goto('/workers/wrk_demo-fault-task-appears/tasks/tsk_fault-never')
    // The tries come 3 s and then 6 s apart: the last answer lands about 9 s after the first.
    await expectFinal(page, 'Task not found', /no task tsk_fault-never/, 20_000)
    expect(calls).toHaveLength(3)
    await expectNoMoreRequests(calls, 2_500)
  })
})

test.describe('429 and Retry-After', () => {
  test('in seconds: counts down as the server asked, then loads', async ({ page }) => {
    // The page's clock moves only when the test moves it, so a busy machine cannot skip a
    // second of the countdown. Small steps let the page settle until the count shows.
    await page.clock.install()
    await page.clock.pauseAt(Date.now() + 1_000)
    const { statuses } = watch(page, '429-seconds')
    await page.goto('/workers/wrk_demo-fault-429-seconds')
    const waiting = page.getByRole('status').filter({ hasText: 'Rate limited' })
    await expect(async () => {
      await page.clock.runFor(50)
      await expect(waiting).toContainText('Trying again in 2 s, as the server asked.', {
        timeout: 250,
      })
    }).toPass({ timeout: 10_000 })
    await page.clock.runFor(1_000)
    await expect(waiting).toContainText('Trying again in 1 s, as the server asked.')
    expect(statuses).toEqual([429])
    await page.clock.resume()
    await expect(answer(page)).toBeVisible({ timeout: 10_000 })
    expect(statuses).toEqual([429, 200])
  })

  test('as an HTTP date: waits until then, then loads', async ({ page }) => {
    const { statuses } = watch(page, '429-date')
    await page.goto('/workers/wrk_demo-fault-429-date')
    const waiting = page.getByRole('status').filter({ hasText: 'Rate limited' })
    await expect(waiting).toContainText(/Trying again in [1-4] s, as the server asked\./)
    await expect(answer(page)).toBeVisible({ timeout: 10_000 })
    expect(statuses).toEqual([429, 200])
  })

  for (const name of ['429-negative', '429-missing']) {
    test(`${name}: falls back to the backoff, then loads`, async ({ page }) => {
      const { statuses } = watch(page, name)
      await page.goto(`/workers/wrk_demo-fault-${name}`)
      await expect(answer(page)).toBeVisible({ timeout: 10_000 })
      expect(statuses).toEqual([429, 200])
    })
  }

  test('absurdly large: clamped to 5 minutes, no tight loop', async ({ page }) => {
    await page.clock.install()
    const { statuses, calls } = watch(page, '429-absurd')
    await page.goto('/workers/wrk_demo-fault-429-absurd')
    const waiting = page.getByRole('status').filter({ hasText: 'Rate limited' })
    await expect(waiting).toContainText('Trying again in 5 min, as the server asked.')
    await expectNoMoreRequests(calls, 2_000)
    expect(calls).toHaveLength(1)
    await page.clock.fastForward('05:01')
    await expect(answer(page)).toBeVisible({ timeout: 10_000 })
    expect(statuses).toEqual([429, 200])
  })
})

test.describe('after data', () => {
  for (const [status, title, detail] of [
    ['400', 'Request rejected', /Invalid request/],
    ['403', 'Access denied', /cannot access this worker/],
    ['404', 'Worker not found', /no worker with the ID wrk_demo-fault-404-after-data/],
  ] as const) {
    test(`${status} keeps the data, says why and stops polling`, async ({ page }) => {
      const { calls } = watch(page, `${status}-after-data`)
      await page.goto(`/workers/wrk_demo-fault-${status}-after-data`)
      await expect(answer(page)).toBeVisible()
      const note = page.getByRole('status').filter({ hasText: 'Updates stopped' })
      await expect(note).toContainText(title)
      await expect(note).toContainText(detail)
      await expect(note).not.toContainText('undefined')
      await expect(answer(page)).toBeVisible()
      expect(calls).toHaveLength(2)
      await expectNoMoreRequests(calls)
    })
  }

  test('401 drops the data and stops polling', async ({ page }) => {
    const { calls } = watch(page, '401-after-data')
    await page.goto('/workers/wrk_demo-fault-401-after-data')
    await expect(answer(page)).toBeVisible()
    await expectFinal(page, 'Not authorized', /Invalid API key/)
    await expect(answer(page)).toHaveCount(0)
    await expect(workerHeading(page, 'wrk_demo-fault-401-after-data')).toHaveCount(0)
    expect(calls).toHaveLength(2)
    await expectNoMoreRequests(calls)
  })

  test('malformed JSON keeps the data, says so, and recovers on a later poll', async ({ page }) => {
    await page.goto('/workers/wrk_demo-fault-malformed-after-data')
    await expect(answer(page)).toBeVisible()
    const note = page.getByRole('status').filter({ hasText: 'could not be used' })
    await expect(note).toContainText('Unreadable response')
    await expect(answer(page)).toBeVisible()
    await expect(note).toHaveCount(0, { timeout: 15_000 })
    await expect(answer(page)).toBeVisible()
  })

  test('5xx keeps the data with a stale note that counts down', async ({ page }) => {
    await page.goto('/workers/wrk_demo-fault-5xx-after-data')
    await expect(answer(page)).toBeVisible()
    const note = page.getByRole('status').filter({ hasText: 'it may be stale' })
    await expect(note).toContainText('Handinger had a problem (503)', { timeout: 15_000 })
    await expect(note).toContainText(/Trying again in \d+ s\./)
    await expect(answer(page)).toBeVisible()
  })

  test('an unchanged poll revalidates with the ETag and keeps the data', async ({ page }) => {
    const revalidations: string[] = []
    page.on('request', async (request) => {
      if (!request.url().includes('/api/workers/wrk_demo-fault-etag')) return
      const headers = await request.allHeaders()
      if (headers['if-none-match']) revalidations.push(headers['if-none-match'])
    })
    await page.goto('/workers/wrk_demo-fault-etag')
    await expect(answer(page)).toBeVisible()
    await expect.poll(() => revalidations.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1)
    // Weak once compressed: the bytes differ, the content does not.
    expect(revalidations[0]).toMatch(/^(W\/)?"fault-drill-v1"$/)
    await expect(answer(page)).toBeVisible()
    await expect(page.getByText(/it may be stale|could not be used/)).toHaveCount(0)
  })
})

test.describe('the wall-clock cap', () => {
  test('stops after 30 minutes of failure, offers Resume, and Resume tries again', async ({
    page,
  }) => {
    await page.clock.install()
    const { calls } = watch(page, '5xx-always')
    await page.goto('/workers/wrk_demo-fault-5xx-always')
    await expect(page.getByRole('status').filter({ hasText: 'Server error' })).toBeVisible()
    await page.clock.fastForward('31:00')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Stopped trying after 30 minutes of failures.')
    const resume = alert.getByRole('button', { name: 'Resume' })
    await expect(resume).toBeVisible()
    await expectNoMoreRequests(calls, 2_000)
    const before = calls.length
    await resume.click()
    await expect.poll(() => calls.length).toBeGreaterThan(before)
    await expect(page.getByRole('status').filter({ hasText: 'Server error' })).toBeVisible()
  })
})

test.describe('schema drift', () => {
  test('an unknown status is shown as unknown, never as Completed', async ({ page }) => {
    await page.goto('/workers/wrk_demo-fault-drift')
    await expect(answer(page)).toBeVisible()
    await expect(page.getByRole('status').getByText(/^Unknown \(/)).toBeVisible()
    await expect(page.getByText('Completed', { exact: true })).toHaveCount(0)
  })
})

test('a healthy running worker keeps polling', async ({ page }) => {
  const { calls } = watch(page, 'ok')
  await page.goto('/workers/wrk_demo-fault-ok')
  await expect(answer(page)).toBeVisible()
  await expect.poll(() => calls.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3)
})
