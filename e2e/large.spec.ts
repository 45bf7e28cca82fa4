import { expect, test } from '@playwright/test'
import { panel, statusBadge, workerHeading } from './support'

test('a very large worker: a link to message 1,500, a window of messages, paged JSON and answer, the panel bar', async ({
  page,
}) => {
  // Speed is measured by `npm run bench`, not here: this machine is shared and noisy.
  // A link to one message opens the view scrolled to it, far down the conversation.
  await page.goto('/workers/wrk_demo-large#message-1500')
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
  await expect(panel(page, 'Output').getByRole('heading', { level: 3 }).first()).toHaveText(
    'European cycling retail index: full quarterly report',
  )

  // The 300 KB answer renders in blocks with no "show all" step (e2e/markdown.spec.ts covers it).
  await expect(
    panel(page, 'Output').getByRole('button', { name: /Show the full output/ }),
  ).toHaveCount(0)
})
