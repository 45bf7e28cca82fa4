import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const COMPARE = '/compare?a=wrk_demo-research.tsk_demo-market&b=wrk_demo-research.tsk_demo-pricing'

test('two tasks compared: marked answers, figures with differences, structured output, sources', async ({
  page,
}) => {
  await page.goto(COMPARE)
  await expect(page.getByRole('heading', { level: 1, name: 'Compare runs' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Run A' })).toContainText(
    'Cargo e-bike market sizing',
  )
  await expect(page.getByRole('region', { name: 'Run B' })).toContainText(
    'Pricing analysis for a €5k family cargo bike',
  )

  const figures = page.getByRole('region', { name: 'Figures' })
  await expect(figures.getByRole('row', { name: /^Credits/ })).toHaveText(
    /Credits\s*12,345\s*8,420\s*−3,925\s*\(−32%\)/,
  )
  await expect(figures.getByRole('row', { name: /^Duration/ })).toHaveText(/1m 23s\s*1m 2s\s*−22s/)

  // Removals struck through in A, insertions underlined in B: colour and a second cue.
  const answer = page.getByRole('region', { name: 'Answer' })
  const removed = answer.locator('del').first()
  const added = answer.locator('ins').first()
  await expect(removed).toBeVisible()
  await expect(added).toBeVisible()
  await expect(removed).toHaveCSS('text-decoration-line', 'line-through')
  await expect(added).toHaveCSS('text-decoration-line', 'underline')
  await expect(answer).toContainText(/[\d,]+ (words|lines) removed from A, [\d,]+ \1 added in B\./)

  const structured = page.getByRole('region', { name: 'Structured output' })
  await expect(structured.getByRole('row', { name: /^\$\.recommendedPriceEur/ })).toContainText(
    /Added\s*absent\s*5490/,
  )
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources).toContainText('5 sources are cited by both runs.')
  await expect(sources.getByRole('link', { name: 'lease-a-bike.nl' })).toHaveAttribute(
    'href',
    'https://www.lease-a-bike.nl/',
  )

  // Swapping sides turns the difference around.
  await page.getByRole('link', { name: 'Swap A and B' }).click()
  await expect(page).toHaveURL(
    /\?a=wrk_demo-research\.tsk_demo-pricing&b=wrk_demo-research\.tsk_demo-market$/,
  )
  await expect(figures.getByRole('row', { name: /^Credits/ })).toHaveText(
    /8,420\s*12,345\s*\+3,925\s*\(\+47%\)/,
  )
})

test('the compare page passes axe, and fits a phone, in light and dark', async ({ page }) => {
  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto(COMPARE)
      await expect(
        page.getByRole('region', { name: 'Answer' }).locator('ins').first(),
      ).toBeVisible()
      const view = `${width} px, ${colorScheme}`
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        view,
      ).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)
      expect(overflow, `${view}: the page scrolls sideways`).toBe(false)
    }
  }
})
