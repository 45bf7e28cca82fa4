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

test('a 300 KB answer: start at once, end one scroll away, parsed in a worker', async ({
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

  // Still responsive: the raw view answers a click, and shows the source text.
  await output.getByRole('button', { name: 'Show raw' }).click()
  await output.getByRole('button', { name: 'Show rendered' }).click()
  await expect(output.getByRole('button', { name: 'Show raw' })).toBeVisible()

  const tasks = await longTasks(page)
  console.log(
    `long tasks while loading wrk_demo-large: ${tasks.length}, longest ${Math.max(0, ...tasks)} ms`,
  )
  expect(violations).toEqual([])
})

test('code blocks are highlighted and have a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const violations = watchCspViolations(page)
  await page.goto('/workers/wrk_demo-large')
  const output = panel(page, 'Output')
  const code = output.locator('pre').first()
  await expect(code.locator('.hljs-attr').first()).toBeVisible()
  const copy = output.getByRole('button', { name: 'Copy code' }).first()
  await copy.click()
  await expect(output.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('"region"')
  expect(violations).toEqual([])
})

const FOOTNOTES = `# Notes

The claim needs a source.[^claim] Another one.[^other]

A [bank login](https://evil.example/login) and a [page of this app](/api/v1/workers) and a
[local link](__ORIGIN__/workers/other).

${Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of filler text that pushes the notes far down.`).join('\n\n')}

[^claim]: The first note.
[^other]: The second note.
`

test('footnotes jump to the note and back; links show their host; own links stay inert', async ({
  page,
  baseURL,
}) => {
  const text = FOOTNOTES.replace('__ORIGIN__', baseURL ?? '')
  // The simulated API answers; only the answer text is swapped for one with footnotes.
  await page.route(/\/api\/.*wrk_demo-research/, async (route) => {
    const response = await route.fetch()
    const body: unknown = await response.json()
    await route.fulfill({
      response,
      json: typeof body === 'object' && body ? { ...body, output_text: text } : body,
    })
  })
  await page.goto('/workers/wrk_demo-research')
  const output = panel(page, 'Output')
  const reference = output.getByRole('link', { name: '1', exact: true })
  await reference.click()
  const note = output.getByText('The first note.')
  await expect(note).toBeInViewport()
  await output.getByRole('link', { name: 'Back to reference 1' }).click()
  await expect(reference).toBeInViewport()

  await expect(output.getByRole('link', { name: 'bank login' })).toHaveAttribute(
    'href',
    'https://evil.example/login',
  )
  await expect(output.getByText('↗ evil.example', { exact: true })).toBeVisible()
  await expect(output.getByRole('link', { name: 'local link' })).toHaveCount(0)
  await expect(output.getByText('(link to this app, not followed)')).toBeVisible()
})

test('named character references are decoded by the worker, which loads their table for them', async ({
  page,
}) => {
  // Long enough to be parsed by the worker, not at once on the page (markdown-budget.ts).
  const padding = '\n\nPlain paragraph of filler text to make the answer long.'.repeat(400)
  await page.route(/\/api\/.*wrk_demo-research/, async (route) => {
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
  const output = panel(page, 'Output')
  await expect(output.getByRole('heading', { name: 'Café & crème' })).toBeVisible()
  await expect(output.getByText('© 2026 &notaname;')).toBeVisible()
  expect(tables).toHaveLength(1)
})
