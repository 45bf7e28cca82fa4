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
