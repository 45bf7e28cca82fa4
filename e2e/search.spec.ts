import { expect, type Page, test } from '@playwright/test'
import { panel, statusBadge } from './support'

async function openLarge(page: Page, hash = '') {
  await page.goto(`/workers/wrk_demo-large${hash}`)
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
})

test('matches are counted and stepped with Enter, Shift-Enter, n and N; Escape closes', async ({
  page,
}) => {
  await openLarge(page)
  await page.getByRole('button', { name: 'Search run' }).click()
  const field = page.getByRole('searchbox', { name: 'Search this run' })
  await field.fill('Batch 60')
  const count = page.getByRole('status').filter({ hasText: / of / })
  // "Batch 60:" and "Batch 600:" to "Batch 609:".
  await expect(count).toHaveText('1 of 11')
  await field.press('Enter')
  await expect(count).toHaveText('2 of 11')
  await expect(page.locator('#message-1199')).toBeInViewport()
  await field.press('Shift+Enter')
  await expect(count).toHaveText('1 of 11')
  await field.press('Shift+Enter')
  await expect(count).toHaveText('11 of 11')

  // n and N work once focus has left the field.
  // The run's own Next button (the structured-output search has one too).
  await page.locator('button[aria-label="Next match"]').focus()
  await page.keyboard.press('n')
  await expect(count).toHaveText('1 of 11')
  await page.keyboard.press('Shift+N')
  await expect(count).toHaveText('11 of 11')

  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
  await expect.poll(() => activeHighlight(page)).toBeNull()
})

test('a deep link to a message opens the view scrolled to it', async ({ page }) => {
  await openLarge(page, '#message-1500')
  await expect(page.locator('#message-1500')).toBeInViewport()
  await openLarge(page, '#message-1')
  await expect(page.locator('#message-1')).toBeInViewport()
})

test('the panel bar jumps to each panel and the side column stays in view', async ({ page }) => {
  await openLarge(page)
  const bar = page.getByRole('navigation', { name: 'Panels' })
  await bar.getByRole('link', { name: /^Messages/ }).click()
  await expect(panel(page, 'Messages').getByRole('heading', { name: 'Messages' })).toBeInViewport()
  await expect(bar).toBeInViewport()
  // Far down the conversation, the sources are still on screen beside it (wide screen).
  await expect(panel(page, 'Sources').getByRole('heading', { name: 'Sources' })).toBeInViewport()
  await bar.getByRole('link', { name: /^Output/ }).click()
  await expect(panel(page, 'Output').getByRole('heading', { name: 'Output' })).toBeInViewport()
})
