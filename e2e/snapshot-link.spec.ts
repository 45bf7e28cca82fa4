import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { panel, statusBadge } from './support'

/** Serious or critical WCAG 2.1 AA issues on the page as it is now, as readable lines. */
async function seriousIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)
}

/*
 * A snapshot link as people pass it on. The pages a snapshot brings (as a stranger sees it, the
 * list of snapshot links) are scanned by axe here; the dialog, in e2e/accessibility.spec.ts.
 */
test('a snapshot without messages opens for someone with no cookies, and closes once revoked', {
  tag: '@workerd',
}, async ({ page, browser }) => {
  await page.goto('/workers/wrk_demo-research')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Share a snapshot' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share a snapshot' })
  await dialog.getByRole('checkbox', { name: /Messages/ }).uncheck()
  await dialog.getByRole('combobox', { name: 'Expires after' }).selectOption({ label: '1 hour' })
  await dialog.getByRole('button', { name: 'Create snapshot link' }).click()
  const link = await dialog.getByRole('textbox', { name: 'Snapshot link' }).inputValue()
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/)

  // Someone else: a fresh browser context, with no session and no cookie at all.
  const stranger = await browser.newContext()
  const shared = await stranger.newPage()
  await shared.goto(link)
  await expect(shared.getByText(/^Snapshot taken at/)).toContainText('by someone with access')
  await expect(shared.getByText(/^Snapshot taken at/)).toContainText(
    'Left out by whoever shared it: messages.',
  )
  await expect(panel(shared, 'Output').getByRole('heading').first()).toBeVisible()
  await expect(panel(shared, 'Sources').getByRole('link').first()).toBeVisible()
  await expect(panel(shared, 'Messages')).toContainText('This run produced no messages.')
  expect(await stranger.cookies()).toEqual([])
  expect(await seriousIssues(shared)).toEqual([])

  await dialog.getByRole('link', { name: /All snapshots/ }).click()
  await expect(page.getByRole('heading', { name: 'Snapshot links' })).toBeVisible()
  expect(await seriousIssues(page)).toEqual([])
  const id = link.split('/').at(-1) ?? ''
  const item = page.getByRole('listitem').filter({ has: page.locator(`a[href="/s/${id}"]`) })
  await item.getByRole('button', { name: /^Revoke/ }).click()
  await expect(item).toHaveCount(0)

  await shared.reload()
  await expect(shared.getByRole('heading', { name: 'This snapshot is gone' })).toBeVisible()
  await stranger.close()
})
