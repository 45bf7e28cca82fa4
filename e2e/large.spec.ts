import { expect, test } from '@playwright/test'
import { panel, statusBadge, workerHeading } from './support'

test('a very large worker renders quickly, pages its messages and stays responsive', async ({
  page,
}) => {
  const started = Date.now()
  await page.goto('/workers/wrk_demo-large')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  await expect(workerHeading(page, 'wrk_demo-large')).toBeVisible()
  expect(Date.now() - started).toBeLessThan(15_000)

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
  let clickedAt = Date.now()
  await showEarlier.click()
  await expect(messageToggles).toHaveCount(initial + 50, { timeout: 3_000 })
  expect(Date.now() - clickedAt, 'revealing 50 more messages').toBeLessThan(3_000)
  await expect(
    messages.getByText(`Showing the latest ${initial + 50} of 2000 messages.`),
  ).toBeVisible()

  // The page still answers input promptly: a message's JSON toggle and a JSON-tree branch.
  const toggle = messages.getByRole('button', { name: 'Show JSON' }).last()
  clickedAt = Date.now()
  await toggle.click()
  await expect(messages.getByRole('button', { name: 'Hide JSON' })).toHaveCount(1, {
    timeout: 2_000,
  })
  expect(Date.now() - clickedAt, 'opening a message JSON').toBeLessThan(2_000)

  const structured = panel(page, 'Structured output')
  const records = structured.getByRole('button', { name: /^records: Array \(2000 items\)$/ })
  await expect(records).toHaveAttribute('aria-expanded', 'false')
  clickedAt = Date.now()
  await records.click()
  await expect(records).toHaveAttribute('aria-expanded', 'true', { timeout: 2_000 })
  // Only the first page of a 2,000-item array is mounted.
  await expect(structured.getByRole('button', { name: 'Show 100 more of 1900' })).toBeVisible()
  expect(Date.now() - clickedAt, 'opening a 2,000-item array').toBeLessThan(2_000)

  // The other big lists are all there.
  await expect(panel(page, 'Sources').getByText('300', { exact: true })).toBeVisible()
  await expect(panel(page, 'Files').getByText('100', { exact: true })).toBeVisible()
  await expect(panel(page, 'Output').getByRole('heading', { level: 3 }).first()).toHaveText(
    'European cycling retail index: full quarterly report',
  )

  // The 300 KB answer is rendered as a preview first; the rest comes on request.
  const output = panel(page, 'Output')
  const showFull = output.getByRole('button', { name: /^Show the full output \(\d+ KB\)$/ })
  await expect(showFull).toBeVisible()
  const previewLength = (await output.textContent())?.length ?? 0
  clickedAt = Date.now()
  await showFull.click()
  await expect(showFull).toHaveCount(0, { timeout: 10_000 })
  const fullMs = Date.now() - clickedAt
  const fullLength = (await output.textContent())?.length ?? 0
  expect(fullLength).toBeGreaterThan(previewLength * 3)
  expect(fullMs, 'rendering the full 300 KB answer').toBeLessThan(10_000)
  test.info().annotations.push({ type: 'full output render', description: `${fullMs} ms` })

  // The main thread is not blocked: a frame is painted promptly.
  const frameMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now()
        requestAnimationFrame(() => resolve(performance.now() - t0))
      }),
  )
  expect(frameMs).toBeLessThan(500)
})
