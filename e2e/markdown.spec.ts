import { expect, type Page, test } from '@playwright/test'
import { panel, statusBadge } from './support'

/* Records main-thread long tasks from the first script on, for the report (never asserted). */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration))
    }).observe({ type: 'longtask', buffered: true })
  })
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
}

function watchCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test('long answers are parsed in the markdown worker: a 300 KB answer, code, character references', async ({
  page,
}) => {
  await recordLongTasks(page)
  const violations = watchCspViolations(page)
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  const response = page.waitForResponse(
    (r) => r.url().includes('/api/') && r.url().includes('wrk_demo-large'),
  )
  await page.goto('/workers/wrk_demo-large')
  const body: unknown = await (await response).json()
  const answer =
    typeof body === 'object' && body && 'output_text' in body ? String(body.output_text) : ''
  const lastHeading = [...answer.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? ''
  expect(lastHeading).not.toBe('')

  const output = panel(page, 'Output')
  await expect(output.getByRole('heading', { level: 3 }).first()).toHaveText(
    'European cycling retail index: full quarterly report',
  )
  await expect(statusBadge(page, 'Completed')).toBeVisible()
  expect(workers.some((url) => url.includes('markdown.worker'))).toBe(true)
  await expect(output.getByRole('button', { name: /Show the full output/ })).toHaveCount(0)

  // The end of the answer: scroll the last block of the answer into view.
  await expect(output.locator('[aria-busy="false"]')).toHaveCount(1, { timeout: 30_000 })
  await output.locator('[data-page]').last().scrollIntoViewIfNeeded()
  await expect(output.getByRole('heading', { name: lastHeading })).toBeVisible()

  // Only pages near the viewport are mounted: far fewer tables than sections in the answer.
  const sections = answer.match(/^## /gm)?.length ?? 0
  expect(await output.getByRole('table').count()).toBeLessThan(sections / 2)

  // Code blocks are highlighted (in classes the Content-Security-Policy allows).
  await expect(output.locator('pre').first().locator('.hljs-attr').first()).toBeVisible()

  // Still responsive: the raw view answers a click, and shows the source text.
  await output.getByRole('button', { name: 'Show raw' }).click()
  await output.getByRole('button', { name: 'Show rendered' }).click()
  await expect(output.getByRole('button', { name: 'Show raw' })).toBeVisible()

  const tasks = await longTasks(page)
  console.log(
    `long tasks while loading wrk_demo-large: ${tasks.length}, longest ${Math.max(0, ...tasks)} ms`,
  )
  expect(violations).toEqual([])

  // Named character references are decoded by the worker, which loads their table for them.
  // Long enough to be parsed by the worker, not at once on the page (markdown-budget.ts).
  const padding = '\n\nPlain paragraph of filler text to make the answer long.'.repeat(400)
  // The worker read only: the worker's delivery log and schedules load after it, and may still
  // be under way when the test ends.
  await page.route(/\/api\/workers\/wrk_demo-research(\?|$)/, async (route) => {
    const response = await route.fetch()
    const body: unknown = await response.json()
    await route.fulfill({
      response,
      json:
        typeof body === 'object' && body
          ? {
              ...body,
              output_text: `## Caf&eacute; &amp; cr&egrave;me\n\n&copy; 2026 &notaname;${padding}`,
            }
          : body,
    })
  })
  const tables: string[] = []
  page.context().on('request', (request) => {
    if (/character-entities/.test(request.url())) tables.push(request.url())
  })
  await page.goto('/workers/wrk_demo-research')
  await expect(output.getByRole('heading', { name: 'Café & crème' })).toBeVisible()
  await expect(output.getByText('© 2026 &notaname;')).toBeVisible()
  expect(tables).toHaveLength(1)
  expect(violations).toEqual([])
})
