import { expect, test } from '@playwright/test'
import { workerHeading } from './support'

/*
 * Refreshes the README's screenshots from the production build:
 *   DOCS_SCREENSHOTS=1 npx playwright test e2e/docs-screenshots.spec.ts
 * Skipped otherwise, so the suite never rewrites files.
 */
test.skip(!process.env.DOCS_SCREENSHOTS, 'set DOCS_SCREENSHOTS=1 to refresh docs/*.png')
test.use({ viewport: { width: 1280, height: 900 } })

/*
 * The long-running demo worker, live, on a desktop and on a phone (touch, no hover), in light and
 * dark: docs/worker-<width>-<scheme>.png.
 */
for (const width of [1280, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(() => {
      const phone = width < 500
      test.use({
        viewport: { width, height: phone ? 844 : 900 },
        colorScheme,
        isMobile: phone,
        hasTouch: phone,
      })
      test(`worker page, ${width} px, ${colorScheme}`, async ({ page }) => {
        await page.goto('/workers/wrk_demo-long-running')
        await expect(workerHeading(page, 'wrk_demo-long-running')).toBeVisible()
        await expect(page.getByText(/^Elapsed 3d 4h since created$/)).toBeVisible()
        await expect(page.getByRole('region', { name: 'Output' }).getByRole('table')).toBeVisible()
        await expect(page.getByRole('region', { name: 'Messages' })).toContainText('Running')
        await page.screenshot({ path: `docs/worker-${width}-${colorScheme}.png` })
      })
    })
  }
}

test('task page', async ({ page }) => {
  await page.goto('/workers/wrk_demo-followups/tasks/tsk_demo-followups')
  await expect(page.getByRole('img', { name: /^Timeline of turns/ })).toBeVisible()
  await expect(workerHeading(page, 'wrk_demo-followups')).toBeVisible()
  await page.screenshot({ path: 'docs/task-page.png' })
})

test('command palette', async ({ page }) => {
  for (const path of [
    '/workers/wrk_demo-failed',
    '/workers/wrk_demo-research/tasks/tsk_demo-pricing',
  ]) {
    await page.goto(path)
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
  }
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: 'Open a run' })).toBeVisible()
  await page.screenshot({ path: 'docs/command-palette.png' })
})

test("the worker's runs, schedules and webhook", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1100 })
  await page.goto('/workers/wrk_demo-scheduled')
  const runs = page.getByRole('region', { name: 'Runs' })
  await expect(runs.getByText('Page 1 of 3')).toBeVisible({ timeout: 20_000 })
  await runs.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await expect(runs.getByText('1,360 credits').first()).toBeVisible()
  await page.screenshot({ path: 'docs/worker-runs.png' })
  const schedules = page.getByRole('region', { name: 'Schedules' })
  await schedules.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: 'docs/worker-schedules.png' })
})

test('two runs compared', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1400 })
  await page.goto(
    '/compare?a=wrk_demo-scheduled.tsk_demo-scheduled-129&b=wrk_demo-scheduled.tsk_demo-scheduled-130',
  )
  await expect(page.getByRole('region', { name: 'Run B' })).toContainText('Tern GSD S10 down')
  await expect(page.getByText(/only in A/).first()).toBeVisible()
  await page.screenshot({ path: 'docs/compare.png' })
})

test('the problems chip', async ({ page }) => {
  await page.goto('/workers/wrk_demo-problems/tasks/tsk_demo-problems')
  const chip = page.getByRole('button', { name: /\d problems$/ })
  await expect(chip).toBeVisible({ timeout: 20_000 })
  await page.getByText('Where the credits went').click()
  await chip.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: 'docs/problems.png' })
})
