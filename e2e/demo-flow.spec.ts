import { readFile } from 'node:fs/promises'
import { expect, type Page, test } from '@playwright/test'
import { demoCatalog } from '../src/server/demo/catalog.ts'
import { ownLiveRun, panel, recordApiCalls, statusBadge, workerHeading } from './support'

/*
 * The demo as a person meets it: the home page lists the demo workers, and the live one runs to
 * completion while they watch, in a run of this test's own.
 */
test('home lists the demo workers; the live one runs to completion, then polling stops and files download', async ({
  page,
  context,
}) => {
  // Past its pending start (the first 3 s of 20).
  await ownLiveRun(context, test.info().project.use.baseURL ?? '', 5_000)
  // Every notification the page creates is recorded.
  await context.grantPermissions(['notifications'])
  await page.addInitScript(() => {
    const Native = window.Notification
    const seen: string[] = []
    Object.defineProperty(window, '__notifications', { value: seen })
    class Recorded extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options)
        seen.push(title)
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recorded, configurable: true })
    // A notification is for a tab out of sight: the test hides this one as a person would.
    let hidden = false
    Object.defineProperty(document, 'visibilityState', {
      get: () => (hidden ? 'hidden' : 'visible'),
    })
    Object.defineProperty(document, 'hidden', { get: () => hidden })
    Object.defineProperty(window, '__hide', {
      value: () => {
        hidden = true
        document.dispatchEvent(new Event('visibilitychange'))
      },
    })
  })
  const notifications = () =>
    page.evaluate(() => (window as unknown as { __notifications: string[] }).__notifications)

  // Time flows as usual, and the test can jump it ahead once the run is over.
  await page.clock.install()
  await page.goto('/')
  await expect(page).toHaveTitle('Handinger Worker Inspector')
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Demo workers' })).toBeVisible()
  for (const entry of demoCatalog) {
    const link = page.getByRole('link', { name: entry.title, exact: true })
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('href', `/workers/${entry.workerId}`)
  }
  // The research worker also links to each of its tasks.
  await expect(page.getByRole('link', { name: 'tsk_demo-pricing', exact: true })).toHaveAttribute(
    'href',
    '/workers/wrk_demo-research/tasks/tsk_demo-pricing',
  )

  await page.getByRole('link', { name: 'Heat-pump subsidies (live)', exact: true }).click()
  await expect(page).toHaveURL(/\/workers\/wrk_demo-live$/)
  await expect(workerHeading(page, 'wrk_demo-live')).toBeVisible()

  // It is live: running, while the page follows it.
  await expect(statusBadge(page, 'Running')).toBeVisible()
  await expect(page.getByText(/live, every 2 s/)).toBeVisible()
  await expect(page).toHaveTitle('● Running · Worker wrk_demo-live · Handinger Worker Inspector')
  const favicon = page.locator('link[rel~="icon"]')
  await expect(favicon).toHaveAttribute('href', /data-state%3D%22running%22/)
  await expect(page.getByText(/^Elapsed \d+:\d{2} since created$/)).toBeVisible()

  const notify = page.getByRole('button', { name: 'Notify me when it finishes' })
  await notify.click()
  await expect(notify).toHaveAttribute('aria-pressed', 'true')
  await page.evaluate(() => (window as unknown as { __hide: () => void }).__hide())

  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 40_000 })
  await expect(page.getByText(/live, every 2 s/)).toHaveCount(0)
  await expect(page).toHaveTitle('✓ Done · Worker wrk_demo-live · Handinger Worker Inspector')
  await expect(favicon).toHaveAttribute('href', /data-state%3D%22completed%22/)
  await expect.poll(notifications).toEqual(['✓ Done: wrk_demo-live'])
  await expect(notify).toHaveCount(0)

  const output = panel(page, 'Output')
  await expect(
    output.getByRole('heading', {
      name: 'Heat-pump subsidies: Germany, France, Italy, Netherlands',
    }),
  ).toBeVisible()
  await expect(output.getByRole('heading', { name: 'Recommendation' })).toBeVisible()
  await expect(output.getByRole('table')).toBeVisible()

  const sources = panel(page, 'Sources')
  await expect(sources.getByRole('link', { name: 'Ecobonus – ENEA' })).toBeVisible()
  expect(await sources.getByRole('listitem').count()).toBeGreaterThanOrEqual(4)

  const files = panel(page, 'Files')
  await expect(files.getByText('heat-pump-subsidy-report.md', { exact: true })).toBeVisible()
  await expect(files.getByText('heat-pump-subsidies.csv', { exact: true })).toBeVisible()

  const structured = panel(page, 'Structured output')
  await expect(structured.getByText('No structured output.')).toHaveCount(0)
  await expect(structured.getByRole('button', { name: 'Copy JSON' })).toBeVisible()
  await expect(structured.getByText('countries:')).toBeVisible()

  const messages = panel(page, 'Messages')
  await expect(messages.getByRole('button', { name: 'Show JSON' })).toHaveCount(2)

  // usage: { credits: 1840, durationMs: 20000 }
  await expect(page.getByText('1,840 credits · 20s', { exact: true })).toBeVisible()

  // A completed worker is final: however long the page stays open, no more requests.
  const api = recordApiCalls(page)
  await page.clock.runFor(30_000)
  await expect(statusBadge(page, 'Completed')).toBeVisible()
  api.stop()
  expect(api.calls.map((call) => call.url)).toEqual([])
  // Fired exactly once.
  expect(await notifications()).toHaveLength(1)

  await expectDownload(page, 'heat-pump-subsidies.csv', 'country,scheme,type')
})

/** Clicks a file's Download link and checks that a real, non-empty file arrives. */
async function expectDownload(page: Page, name: string, startsWith: string) {
  const link = panel(page, 'Files').getByRole('link', { name: `Download ${name}`, exact: true })
  await expect(link).toBeVisible()
  const href = await link.getAttribute('href')
  expect(href).not.toBeNull()
  expect(new URL(href ?? '').origin).toBe(new URL(page.url()).origin)

  const popup = page
    .context()
    .waitForEvent('page', { timeout: 10_000 })
    .catch(() => null)
  const download = page.waitForEvent('download', { timeout: 10_000 }).catch(() => null)
  await link.click()
  const first = await Promise.race([download, popup.then((p) => (p ? 'popup' : null))])

  expect(first, 'clicking Download neither downloaded nor opened a tab').not.toBeNull()
  test.info().annotations.push({
    type: 'download',
    description: first === 'popup' ? 'opened a new tab' : 'download event',
  })
  if (first && first !== 'popup') {
    expect(first.suggestedFilename()).toBe(name)
    const saved = await first.path()
    const body = await readFile(saved, 'utf8')
    expect(body.length).toBeGreaterThan(0)
    expect(body.startsWith(startsWith)).toBe(true)
    return
  }
  // The link opened a new tab instead: the file must still be served.
  const response = await page.request.get(href ?? '')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-disposition']).toContain(name)
  expect((await response.text()).startsWith(startsWith)).toBe(true)
}
