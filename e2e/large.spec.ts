import { expect, test } from '@playwright/test'
import { panel, statusBadge, workerHeading } from './support'

test('a very large worker pages its messages, JSON and answer instead of mounting them all', async ({
  page,
}) => {
  // Speed is measured by `npm run bench`, not here: this machine is shared and noisy.
  await page.goto('/workers/wrk_demo-large')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  await expect(workerHeading(page, 'wrk_demo-large')).toBeVisible()

  // usage: { credits: 987654, durationMs: 5_400_000 }
  await expect(page.getByText('987,654 credits · 1h 30m', { exact: true })).toBeVisible()

  const messages = panel(page, 'Messages')
  await expect(messages.getByText('2,000', { exact: true })).toBeVisible()
  // Each mounted message has exactly one JSON toggle of its own.
  const messageToggles = messages.getByRole('button', { name: /^(Show|Hide) JSON$/ })
  const initial = await messageToggles.count()
  expect(initial).toBeGreaterThan(0)
  expect(initial).toBeLessThanOrEqual(50)
  await expect(messages.getByText(`Showing the latest ${initial} of 2000 messages.`)).toBeVisible()

  const showEarlier = messages.getByRole('button', { name: /^Show \d+ earlier messages?$/ })
  await expect(showEarlier).toHaveText('Show 50 earlier messages')
  await showEarlier.click()
  await expect(messageToggles).toHaveCount(initial + 50)
  await expect(
    messages.getByText(`Showing the latest ${initial + 50} of 2000 messages.`),
  ).toBeVisible()

  // Toggles work on the big page: a message's JSON and a JSON-tree branch.
  const toggle = messages.getByRole('button', { name: 'Show JSON' }).last()
  await toggle.click()
  await expect(messages.getByRole('button', { name: 'Hide JSON' })).toHaveCount(1)

  const structured = panel(page, 'Structured output')
  const records = structured.getByRole('button', { name: /^records: Array \(2000 items\)$/ })
  await expect(records).toHaveAttribute('aria-expanded', 'false')
  await records.click()
  await expect(records).toHaveAttribute('aria-expanded', 'true')
  // Only the first page of a 2,000-item array is mounted.
  await expect(structured.getByRole('button', { name: 'Show 100 more of 1900' })).toBeVisible()

  // The other big lists are all there.
  await expect(panel(page, 'Sources').getByText('300', { exact: true })).toBeVisible()
  await expect(panel(page, 'Files').getByText('100', { exact: true })).toBeVisible()
  await expect(panel(page, 'Output').getByRole('heading', { level: 3 }).first()).toHaveText(
    'European cycling retail index: full quarterly report',
  )

  // The 300 KB answer renders in blocks with no "show all" step (e2e/markdown.spec.ts covers it).
  await expect(
    panel(page, 'Output').getByRole('button', { name: /Show the full output/ }),
  ).toHaveCount(0)
})
