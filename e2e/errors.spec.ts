import { expect, test } from '@playwright/test'
import { panel, recordApiCalls, statusBadge, workerHeading } from './support'

/*
 * A retry that recovers and a final error, as a person meets them. Every other way the API can
 * fail, and what the page does about it, is a component test
 * (src/routes/worker/first-load-faults.test.tsx, refresh-faults.test.tsx).
 */

test('a 429 counts down as the server asked, then the worker loads by itself', async ({ page }) => {
  // The page's clock moves only when the test moves it, so a busy machine cannot skip a second
  // of the countdown. Small steps let the page settle until the count shows.
  await page.clock.install()
  await page.clock.pauseAt(Date.now() + 1_000)
  const statuses: number[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/workers/wrk_demo-ratelimited') {
      statuses.push(response.status())
    }
  })
  await page.goto('/workers/wrk_demo-ratelimited')

  const waiting = page.getByRole('status').filter({ hasText: 'Rate limited' })
  await expect(async () => {
    await page.clock.runFor(50)
    await expect(waiting).toContainText('Trying again in 3 s, as the server asked.', {
      timeout: 250,
    })
  }).toPass({ timeout: 10_000 })
  await expect(waiting.getByRole('link', { name: 'Open another worker' })).toBeVisible()
  await page.clock.runFor(1_000)
  await expect(waiting).toContainText('Trying again in 2 s, as the server asked.')
  // The 429 came with the page (the server's read of it): the page waits it out, asking nothing.
  expect(statuses).toEqual([])

  await page.clock.resume()
  await expect(workerHeading(page, 'wrk_demo-ratelimited')).toBeVisible({ timeout: 10_000 })
  await expect(statusBadge(page, 'Completed')).toBeVisible()
  await expect(panel(page, 'Output')).not.toContainText('No output yet.')
  await expect(page.getByRole('heading', { name: 'Rate limited' })).toHaveCount(0)
  expect(statuses).toEqual([200])
})

test('an unknown worker is a final "Worker not found", asked once, with the way back', async ({
  page,
}) => {
  await page.clock.install()
  const api = recordApiCalls(page, (url) => url.pathname === '/api/workers/wrk_does-not-exist')
  await page.goto('/workers/wrk_does-not-exist')
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { level: 1, name: 'Worker not found' })).toBeVisible()
  await expect(alert).toContainText('no worker with the ID wrk_does-not-exist')
  // However long the page stays open, it does not ask again.
  await page.clock.runFor(60_000)
  await expect(alert).toBeVisible()
  // The 404 came with the page and is final: the page never asks.
  expect(api.calls).toHaveLength(0)

  await alert.getByRole('link', { name: 'Open another worker' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(
    page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' }),
  ).toBeVisible()
})
