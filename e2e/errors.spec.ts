import { expect, type Page, test } from '@playwright/test'
import { panel, recordApiCalls, sleep, workerHeading } from './support'

// These tests time retries and share the simulated API's stateful workers: one at a time.
test.describe.configure({ mode: 'default' })

/** Final errors render as an alert with an h1 and a link back to the paste box. */
async function expectFinalError(page: Page, title: string, detail?: RegExp, timeout?: number) {
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible({
    timeout,
  })
  if (detail) await expect(alert).toContainText(detail)
  await expect(alert.getByRole('link', { name: 'Open another worker' })).toHaveAttribute(
    'href',
    '/',
  )
}

async function backToPasteBox(page: Page) {
  await page.getByRole('link', { name: 'Open another worker' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(
    page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' }),
  ).toBeVisible()
}

function workerCalls(page: Page, workerId: string) {
  return recordApiCalls(page, (url) => url.pathname === `/api/workers/${workerId}`)
}

test('an unknown worker shows "Worker not found" without retrying', async ({ page }) => {
  const api = workerCalls(page, 'wrk_does-not-exist')
  await page.goto('/workers/wrk_does-not-exist')
  await expectFinalError(page, 'Worker not found', /no worker with the ID wrk_does-not-exist/)
  await sleep(5_000)
  expect(api.calls.length).toBeGreaterThanOrEqual(1)
  expect(api.calls.length).toBeLessThanOrEqual(2)
  await backToPasteBox(page)
})

test('an unknown task of a known worker shows "Task not found"', async ({ page }) => {
  await page.goto('/workers/wrk_demo-research/tasks/tsk_nope')
  // A task may just have been created, so its 404 is tried three times in about 10 s first.
  await expectFinalError(
    page,
    'Task not found',
    /no task tsk_nope on worker wrk_demo-research/,
    20_000,
  )
})

test('a rejected API key shows "Not authorized" and is not retried', async ({ page }) => {
  const api = workerCalls(page, 'wrk_demo-unauthorized')
  await page.goto('/workers/wrk_demo-unauthorized')
  await expectFinalError(page, 'Not authorized', /Invalid API key.*HANDINGER_API_KEY/)
  await sleep(3_000)
  expect(api.calls).toHaveLength(1)
  await backToPasteBox(page)
})

test('a forbidden worker shows "Access denied"', async ({ page }) => {
  const api = workerCalls(page, 'wrk_demo-forbidden')
  await page.goto('/workers/wrk_demo-forbidden')
  await expectFinalError(page, 'Access denied', /This key cannot access this worker/)
  await sleep(2_000)
  expect(api.calls).toHaveLength(1)
  await backToPasteBox(page)
})

test('an HTML body labelled JSON shows "Unreadable response"', async ({ page }) => {
  const api = workerCalls(page, 'wrk_demo-broken')
  await page.goto('/workers/wrk_demo-broken')
  await expectFinalError(page, 'Unreadable response', /not valid JSON/)
  // The HTML error page itself is never rendered.
  await expect(page.getByText('502 Bad Gateway')).toHaveCount(0)
  await sleep(2_000)
  expect(api.calls).toHaveLength(1)
  await backToPasteBox(page)
})

test('a 429 waits for Retry-After, then the worker loads by itself', async ({ page }) => {
  const statuses: { status: number; at: number }[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/workers/wrk_demo-ratelimited') {
      statuses.push({ status: response.status(), at: Date.now() })
    }
  })
  const api = workerCalls(page, 'wrk_demo-ratelimited')
  await page.goto('/workers/wrk_demo-ratelimited')

  const waiting = page.getByRole('status').filter({ hasText: 'Rate limited' })
  await expect(waiting.getByRole('heading', { name: 'Rate limited' })).toBeVisible()
  // The count starts at 3 s; a busy machine may paint it first at 2 s. The wait itself is
  // checked below, request to request.
  await expect(waiting).toContainText(/Trying again in [1-3] s, as the server asked\./)
  await expect(waiting.getByRole('link', { name: 'Open another worker' })).toBeVisible()

  await expect(workerHeading(page, 'wrk_demo-ratelimited')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('Completed', { exact: true })).toBeVisible()
  await expect(panel(page, 'Output')).not.toContainText('No output yet.')
  await expect(page.getByRole('heading', { name: 'Rate limited' })).toHaveCount(0)

  expect(statuses.map((s) => s.status)).toEqual([429, 200])
  expect(api.calls).toHaveLength(2)
  // Request to request, both seen the same way: a response event can reach the test late.
  const gap = (api.calls[1]?.at ?? 0) - (api.calls[0]?.at ?? 0)
  expect(gap, 'retry came too early after Retry-After: 3').toBeGreaterThanOrEqual(2_800)
  // Generous: a loaded CI machine may be slow, but the wait must not grow like a backoff.
  expect(gap, 'retry came much later than asked').toBeLessThan(9_000)
})

test('500s are retried and the worker loads by itself', async ({ page }) => {
  const statuses: number[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/workers/wrk_demo-flaky') {
      statuses.push(response.status())
    }
  })
  await page.goto('/workers/wrk_demo-flaky')
  const retrying = page.getByRole('status').filter({ hasText: 'Server error' })
  await expect(retrying.getByRole('heading', { name: 'Server error' })).toBeVisible()
  await expect(retrying).toContainText(/Trying again in \d+ s\./)
  await expect(retrying.getByRole('link', { name: 'Open another worker' })).toBeVisible()

  await expect(workerHeading(page, 'wrk_demo-flaky')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('Completed', { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Server error' })).toHaveCount(0)
  expect(statuses).toEqual([500, 500, 200])
})

test('a failed refresh keeps the data with a stale note, and recovers', async ({ page }) => {
  await page.goto('/workers/wrk_demo-research')
  const output = panel(page, 'Output')
  const marketHeading = output.getByRole('heading', {
    name: 'Cargo e-bike market: Germany, Netherlands, France',
  })
  await expect(marketHeading).toBeVisible()
  const staleNote = page.getByText(/it may be stale/)
  await expect(staleNote).toHaveCount(0)

  await page.route('**/api/**', (route) => route.abort())
  await page.getByRole('button', { name: 'Refresh', exact: true }).click()
  await expect(staleNote).toBeVisible()
  await expect(staleNote).toContainText('Connection problem')
  // The old data is still on screen.
  await expect(marketHeading).toBeVisible()
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await expect(panel(page, 'Sources').getByRole('listitem').first()).toBeVisible()

  await page.unroute('**/api/**')
  // While the failed refresh waits for its next automatic retry, Refresh stays usable.
  const refresh = page.getByRole('button', { name: 'Refresh', exact: true })
  await expect(staleNote).toBeVisible()
  await expect(refresh).toBeEnabled()
  const api = recordApiCalls(page)
  await refresh.click()
  await expect(staleNote).toHaveCount(0, { timeout: 3_000 })
  expect(api.calls.length).toBeGreaterThanOrEqual(1)
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeEnabled()
  await expect(marketHeading).toBeVisible()
})

test('going offline keeps the data on screen and says so', async ({ page, context }) => {
  await page.goto('/workers/wrk_demo-research')
  const output = panel(page, 'Output')
  await expect(output.getByRole('heading', { level: 3 }).first()).toBeVisible()

  await context.setOffline(true)
  await page.getByRole('button', { name: 'Refresh', exact: true }).click()
  const offlineNote = page.getByText(/You appear to be offline/)
  await expect(offlineNote).toBeVisible()
  await expect(output.getByRole('heading', { level: 3 }).first()).toBeVisible()

  await context.setOffline(false)
  await expect(offlineNote).toHaveCount(0)
  await expect(page.getByText(/it may be stale/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeEnabled()
})

test('a slow API shows "Loading worker…" and then the content', async ({ page }) => {
  await page.route('**/api/**', async (route) => {
    await sleep(3_000)
    await route.continue()
  })
  const started = Date.now()
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary')
  const loading = page.getByRole('status').filter({ hasText: 'Loading worker…' })
  await expect(loading).toBeVisible()
  await expect(workerHeading(page, 'wrk_demo-research')).toHaveCount(0)

  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Launch brief: summary and research plan' }),
  ).toBeVisible({ timeout: 10_000 })
  expect(Date.now() - started).toBeGreaterThanOrEqual(3_000)
  await expect(loading).toHaveCount(0)
})
