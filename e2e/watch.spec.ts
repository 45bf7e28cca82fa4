import { expect, type Page, test } from '@playwright/test'
import { recordApiCalls, workerHeading } from './support'

/*
 * Watching a run: status truth, the ticking clock, pause, shortcuts, exports and the recent
 * list. Time is driven by page.clock, so nothing here waits on the wall clock. Running and
 * incomplete workers are served by page.route, so the shared live demo run is left alone.
 */

function runningWorker(id: string) {
  return {
    id,
    object: 'worker',
    created_at: Math.floor(Date.now() / 1000) - 30,
    status: 'running',
    running: true,
    error: null,
    incomplete_details: null,
    messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Keep going' }] }],
    output: [],
    output_text: '',
    sources: [],
    files: [],
    metadata: {},
    usage: { credits: 1200 },
  }
}

async function serveWorker(page: Page, id: string, body: unknown) {
  await page.route(`**/api/workers/${id}*`, (route) =>
    route.fulfill({ json: body, headers: { 'Cache-Control': 'no-store' } }),
  )
}

function favicon(page: Page) {
  return page.locator('link[rel~="icon"]')
}

test('a failed worker says Failed in the badge, the tab title and the recent list', async ({
  page,
}) => {
  await page.goto('/workers/wrk_demo-failed')
  await expect(workerHeading(page, 'wrk_demo-failed')).toBeVisible()
  await expect(page.getByRole('status').getByText('Failed', { exact: true })).toBeVisible()
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(0)
  await expect(page).toHaveTitle('✕ Failed · Worker wrk_demo-failed · Handinger Worker Inspector')
  await expect(favicon(page)).toHaveAttribute('href', /data-state%3D%22failed%22/)
  await expect(page.getByText('This worker reported an error')).toBeVisible()

  await page.goto('/')
  const recent = page.getByRole('region', { name: 'Recently opened' })
  const entry = recent.getByRole('listitem').filter({ hasText: 'wrk_demo-failed' })
  await expect(entry.getByRole('link', { name: /^Read the public owner reviews/ })).toBeVisible()
  await expect(entry.getByText('Failed', { exact: true })).toBeVisible()
  await expect(entry).toContainText(/opened (just now|\d+ s ago)/)
})

test('an incomplete worker says Incomplete, in amber, never Completed', async ({ page }) => {
  await serveWorker(page, 'wrk_e2e-cut', {
    ...runningWorker('wrk_e2e-cut'),
    status: 'completed',
    running: false,
    incomplete_details: { reason: 'max_output_tokens' },
    output_text: 'Half an answer',
  })
  await page.goto('/workers/wrk_e2e-cut')
  await expect(page.getByText('Incomplete', { exact: true })).toBeVisible()
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(0)
  await expect(page).toHaveTitle(/^◐ Incomplete · Worker wrk_e2e-cut/)
})

test('"Updated … ago" ticks every second, with the full time on hover', async ({ page }) => {
  await page.clock.install()
  await page.goto('/workers/wrk_demo-research')
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  const updated = page
    .getByRole('definition')
    .filter({ has: page.locator('time') })
    .last()
  await expect(updated).toHaveText(/^(just now|\d+ s ago)$/)
  // From here the page's time moves only when the test says so.
  await page.clock.pauseAt(Date.now() + 1_000)
  const start = Number((await updated.textContent())?.match(/\d+/)?.[0] ?? 0)
  await page.clock.runFor(3_000)
  await expect(updated).toHaveText(`${start + 3} s ago`)
  await page.clock.runFor(1_000)
  await expect(updated).toHaveText(`${start + 4} s ago`)
  await expect(updated.locator('time')).toHaveAttribute('title', /\d{1,2}:\d{2}:\d{2}/)
})

test('a running worker ticks its elapsed time; paused, it sends no requests at all', async ({
  page,
}) => {
  await serveWorker(page, 'wrk_e2e-running', runningWorker('wrk_e2e-running'))
  await page.clock.install()
  await page.goto('/workers/wrk_e2e-running')
  await expect(page.getByText('Running', { exact: true })).toBeVisible()
  await expect(page).toHaveTitle(/^● Running · Worker wrk_e2e-running/)
  await expect(page.getByText('1,200 credits so far')).toBeVisible()
  await expect(page.getByText(/live, every 2 s/)).toBeVisible()

  // Live: polling every 2 s.
  const live = recordApiCalls(page)
  await page.clock.runFor(6_500)
  await expect.poll(() => live.calls.length).toBeGreaterThanOrEqual(2)
  live.stop()

  await page.keyboard.press('p')
  await expect(page.getByRole('button', { name: 'Resume live updates' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByText(/paused: no updates until you resume/)).toBeVisible()
  await expect(page).toHaveTitle(/^Ⅱ Paused · Worker wrk_e2e-running/)
  await expect(favicon(page)).toHaveAttribute('href', /data-state%3D%22paused%22/)

  const paused = recordApiCalls(page)
  await page.clock.runFor(30_000)
  // The elapsed clock keeps ticking while no request goes out.
  await expect(page.getByText(/^Elapsed \d+:\d{2} since created$/)).toBeVisible()
  paused.stop()
  expect(paused.calls).toEqual([])

  await page.getByRole('button', { name: 'Resume live updates' }).click()
  await expect(page).toHaveTitle(/^● Running/)
  const resumed = recordApiCalls(page)
  await page.clock.runFor(4_500)
  await expect.poll(() => resumed.calls.length).toBeGreaterThanOrEqual(1)
  resumed.stop()
})

test('shortcuts: "?" shows the legend, "/" the paste box, Ctrl+K the palette, never while typing', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible()
  await page.keyboard.press('?')
  const legend = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(legend).toBeVisible()
  await expect(legend).toContainText('Pause or resume live updates')
  await page.keyboard.press('Escape')
  await expect(legend).toBeHidden()

  const box = page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' })
  await page.keyboard.press('/')
  await expect(box).toBeFocused()
  await page.keyboard.type('r?p')
  await expect(box).toHaveValue('r?p')
  await expect(legend).toBeHidden()

  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Open a run' })
  await expect(palette).toBeVisible()
  const input = palette.getByRole('textbox', { name: 'Worker ID, task ID or URL' })
  await expect(input).toBeFocused()
  await input.fill('wrk_demo-research')
  await input.press('Enter')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research$/)
  await expect(palette).toBeHidden()

  // On a worker page "/" opens the palette, which lists the recent runs.
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await page.keyboard.press('/')
  await expect(palette).toBeVisible()
  await expect(palette.getByRole('navigation', { name: 'Recent runs' })).toContainText(
    'wrk_demo-research',
  )
  await page.keyboard.press('Escape')
})

test('exports: "c" copies the link, Copy as Markdown, Download JSON', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  // The task section above the header loads too; measure once the page has settled.
  await expect(page.getByRole('img', { name: /^Timeline of turns/ })).toBeVisible()

  const copyLink = page.getByRole('button', { name: 'Copy link' })
  const before = await copyLink.boundingBox()
  await page.keyboard.press('c')
  await expect(copyLink).toContainText('Copied')
  // "Copied" does not move or resize the button.
  expect(await copyLink.boundingBox()).toEqual(before)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL('/workers/wrk_demo-research/tasks/tsk_demo-pricing', page.url()).href,
  )

  await page.getByRole('button', { name: 'Copy as Markdown' }).click()
  const markdown = await page.evaluate(() => navigator.clipboard.readText())
  expect(markdown).toMatch(/^# Handinger run wrk_demo-research \/ tsk_demo-pricing/)
  for (const heading of ['## Question', '## Answer', '## Sources', '## Files', '## Usage']) {
    expect(markdown).toContain(heading)
  }
  expect(markdown).toContain('- Credits: 8,420 credits')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download JSON' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('wrk_demo-research-tsk_demo-pricing.json')
  const body = JSON.parse(
    await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
  )
  expect(body).toMatchObject({ id: 'wrk_demo-research', object: 'worker', status: 'completed' })
  expect(body.usage).toEqual({ credits: 8420, durationMs: 61500 })
})

test('recent list: remove one, clear all', async ({ page }) => {
  await page.goto('/workers/wrk_demo-research')
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await page.goto('/workers/wrk_demo-hostile')
  await expect(workerHeading(page, 'wrk_demo-hostile')).toBeVisible()
  await page.goto('/')
  const recent = page.getByRole('region', { name: 'Recently opened' })
  await expect(recent.getByRole('listitem')).toHaveCount(2)
  await expect(recent.getByText('Completed', { exact: true })).toHaveCount(2)
  await recent.getByRole('button', { name: 'Remove wrk_demo-hostile from the list' }).click()
  await expect(recent.getByRole('listitem')).toHaveCount(1)
  await recent.getByRole('button', { name: 'Clear all' }).click()
  await expect(recent).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('region', { name: 'Recently opened' })).toHaveCount(0)
})
