import { expect, type Page, test } from '@playwright/test'
import { panel, statusBadge, workerHeading } from './support'

/*
 * A very large run, as a reader goes through it: a link to one message far down, the windowed
 * lists, paged JSON, the panel bar; the 300 KB answer parsed in the markdown worker; the run-wide
 * search reaching a message that is not mounted. Speed is measured by `npm run bench`, not here:
 * this machine is shared and noisy.
 */

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

const activeHighlight = (page: Page) =>
  page.evaluate(() => {
    const active = CSS.highlights.get('search-active')
    const range = active ? [...active][0] : undefined
    return range instanceof Range ? range.toString() : null
  })

test('a very large run: a link to message 1,500, windowed lists, paged JSON, the answer parsed in the markdown worker, the run-wide search', async ({
  page,
}) => {
  await recordLongTasks(page)
  const violations = watchCspViolations(page)
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  // A link to one message opens the view scrolled to it, far down the conversation.
  await page.goto('/workers/wrk_demo-large#message-1500')
  // (The page came with this answer; the test reads it for itself.)
  const body: unknown = await (await page.request.get('/api/workers/wrk_demo-large')).json()
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  await expect(workerHeading(page, 'wrk_demo-large')).toBeVisible()
  await expect(page.locator('#message-1500')).toBeInViewport()

  // usage: { credits: 987654, durationMs: 5_400_000 }
  await expect(page.getByText('987,654 credits · 1h 30m', { exact: true })).toBeVisible()

  const messages = panel(page, 'Messages')
  await expect(messages.getByText('2,000', { exact: true })).toBeVisible()
  // A virtual list: a screenful of the 2,000 messages is mounted, never all of them.
  const mounted = page.locator('[data-item^="messages:"]')
  await expect(mounted.first()).toBeAttached()
  expect(await mounted.count()).toBeLessThan(60)
  await expect(messages.getByRole('button', { name: /earlier/ })).toHaveCount(0)

  // The conversation scrolls in its own box; one scroll to the top of that box reaches
  // message 1, and the way back down to the latest is one click. (The reader's wheel lets go
  // of the linked message, which is held in view while the page settles.)
  const scroller = messages.getByRole('list', { name: '2,000 messages' }).locator('..')
  await scroller.hover()
  await page.mouse.wheel(0, -200)
  await scroller.evaluate((box) => box.scrollTo({ top: 0 }))
  await expect(page.locator('#message-1')).toBeAttached()
  expect(await mounted.count()).toBeLessThan(60)
  await messages.getByRole('button', { name: 'Latest message ↓' }).click()
  await expect(page.locator('#message-2000')).toBeInViewport()

  // The panel bar jumps to each panel; far down the conversation, the side column (sources)
  // stays on screen beside it (before any branch below is opened), and so does the bar.
  const bar = page.getByRole('navigation', { name: 'Panels' })
  await bar.getByRole('link', { name: /^Messages/ }).click()
  await expect(panel(page, 'Messages').getByRole('heading', { name: 'Messages' })).toBeInViewport()
  await expect(bar).toBeInViewport()
  await expect(panel(page, 'Sources').getByRole('heading', { name: 'Sources' })).toBeInViewport()
  await bar.getByRole('link', { name: /^Output/ }).click()
  await expect(panel(page, 'Output').getByRole('heading', { name: 'Output' })).toBeInViewport()

  // Toggles work on the big page: a message's JSON and a JSON-tree branch.
  const toggle = messages.getByRole('button', { name: 'Show JSON' }).last()
  await toggle.click()
  await expect(messages.getByRole('button', { name: 'Hide JSON' })).toHaveCount(1)

  const structured = panel(page, 'Structured output')
  const records = structured.getByRole('button', { name: /^records: Array \(2000 items\)$/ })
  await expect(records).toHaveAttribute('aria-expanded', 'false')
  await records.click()
  await expect(records).toHaveAttribute('aria-expanded', 'true')
  // Only the rows on screen of the 2,000-item array are mounted.
  expect(await structured.getByRole('treeitem').count()).toBeLessThan(120)

  // The other big lists are all there.
  await expect(panel(page, 'Sources').getByText('300', { exact: true })).toBeVisible()
  await expect(panel(page, 'Files').getByText('100', { exact: true })).toBeVisible()
  // The 100 files mount only the rows of their own scroll box.
  const files = panel(page, 'Files').getByRole('group', { name: '100 files, scrollable' })
  await expect(files.getByRole('listitem').first()).toBeAttached()
  expect(await files.getByRole('listitem').count()).toBeLessThan(40)

  // The 300 KB answer is parsed in the markdown worker and renders in blocks, with no "show all"
  // step.
  const output = panel(page, 'Output')
  await expect(output.getByRole('heading', { level: 3 }).first()).toHaveText(
    'European cycling retail index: full quarterly report',
  )
  expect(workers.some((url) => url.includes('markdown.worker'))).toBe(true)
  await expect(output.getByRole('button', { name: /Show the full output/ })).toHaveCount(0)

  // The end of the answer: scroll the last block of the answer into view.
  const answer =
    typeof body === 'object' && body && 'output_text' in body ? String(body.output_text) : ''
  const lastHeading = [...answer.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? ''
  expect(lastHeading).not.toBe('')
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

  // The run-wide search: message 1,201 opens batch 601, far up the list and not in the page.
  await expect(page.locator('[data-item="messages:1200"]')).toHaveCount(0)
  await page.keyboard.press('Control+f')
  const field = page.getByRole('searchbox', { name: 'Search this run' })
  await expect(field).toBeFocused()
  await field.fill('Batch 601:')
  await expect(page.getByRole('status').filter({ hasText: /of/ })).toHaveText('1 of 1')
  // It scrolls to the message and paints the match.
  const message = page.locator('#message-1201')
  await expect(message).toBeInViewport()
  await expect(message).toContainText('Batch 601:')
  await expect.poll(() => activeHighlight(page)).toBe('Batch 601:')
  // Escape closes the search and takes its paint away.
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
  await expect.poll(() => activeHighlight(page)).toBeNull()

  const tasks = await longTasks(page)
  console.log(
    `long tasks while loading wrk_demo-large: ${tasks.length}, longest ${Math.max(0, ...tasks)} ms`,
  )
  expect(violations).toEqual([])
})

test('named character references are decoded in the markdown worker, which loads their table', async ({
  page,
}) => {
  const violations = watchCspViolations(page)
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
  // Opened from the home page, so the page's own request reads the worker (a page opened at the
  // worker's address would come with its answer, past the route above).
  await page.goto('/')
  await page
    .getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' })
    .fill('wrk_demo-research')
  await page.keyboard.press('Enter')
  const output = panel(page, 'Output')
  await expect(output.getByRole('heading', { name: 'Café & crème' })).toBeVisible()
  await expect(output.getByText('© 2026 &notaname;')).toBeVisible()
  expect(tables).toHaveLength(1)
  expect(violations).toEqual([])
})
