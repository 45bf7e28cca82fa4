import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { panel, workerHeading } from './support'

test('a [^1] footnote leads to its source, highlighted, and the source leads back', async ({
  page,
}) => {
  await page.goto('/workers/wrk_demo-footnotes')
  await expect(workerHeading(page, 'wrk_demo-footnotes')).toBeVisible()
  const output = panel(page, 'Output')
  const sources = panel(page, 'Sources')

  // The first citation of source 1 is the answer's [^1]; in code and beyond the sources, none.
  const marker = output.getByRole('link', { name: /^\[1\] Source: Protected lanes/ }).first()
  await expect(marker).toHaveText('[1]')
  await expect(output.getByText('print(lanes[1])  # [2] in code is code')).toBeVisible()
  await expect(output.getByRole('link', { name: /^\[7\]/ })).toHaveCount(0)
  await expect(sources.getByText('not cited')).toHaveCount(1)

  await marker.click()
  const row = sources.locator('#source-1')
  await expect(row).toBeFocused()
  await expect(row).toHaveAttribute('data-landed', '')
  await expect(row).toBeInViewport()

  await row.getByRole('button', { name: 'back to the citation' }).click()
  await expect(marker).toBeFocused()
  await expect(marker).toHaveAttribute('data-landed', '')
  await expect(marker).toBeInViewport()

  // Every citation's name starts with the text it shows (voice control finds it by it).
  const results = await new AxeBuilder({ page })
    .withRules(['label-content-name-mismatch'])
    .analyze()
  expect(results.violations).toEqual([])
  expect(results.passes.length + results.incomplete.length).toBeGreaterThan(0)
})
