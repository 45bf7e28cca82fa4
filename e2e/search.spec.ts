import { expect, type Page, test } from '@playwright/test'
import { panel, statusBadge } from './support'

async function openLarge(page: Page) {
  await page.goto('/workers/wrk_demo-large')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  // The answer above the conversation has been laid out, so jumps land where they aim.
  await expect(panel(page, 'Output').locator('[aria-busy="false"]')).toBeAttached({
    timeout: 15_000,
  })
}

const activeHighlight = (page: Page) =>
  page.evaluate(() => {
    const active = CSS.highlights.get('search-active')
    const range = active ? [...active][0] : undefined
    return range instanceof Range ? range.toString() : null
  })

test('the run-wide search finds a message that is not mounted, scrolls to it and paints it', async ({
  page,
}) => {
  await openLarge(page)
  // Message 1,201 opens batch 601; it is far down the list and not in the page yet.
  await expect(page.locator('[data-item="messages:1200"]')).toHaveCount(0)

  await page.keyboard.press('Control+f')
  const field = page.getByRole('searchbox', { name: 'Search this run' })
  await expect(field).toBeFocused()
  await field.fill('Batch 601:')
  await expect(page.getByRole('status').filter({ hasText: /of/ })).toHaveText('1 of 1')

  const message = page.locator('#message-1201')
  await expect(message).toBeInViewport()
  await expect(message).toContainText('Batch 601:')
  await expect.poll(() => activeHighlight(page)).toBe('Batch 601:')

  // Escape closes the search and takes its paint away.
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
  await expect.poll(() => activeHighlight(page)).toBeNull()
})
