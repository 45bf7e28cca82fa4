import { expect, type Page, test } from '@playwright/test'
import { panel, recordApiCalls, workerHeading } from './support'

const PRICING_HEADING = 'Pricing analysis: where should a €5k family cargo bike sit?'
const MARKET_HEADING = 'Cargo e-bike market: Germany, Netherlands, France'
const SUMMARY_HEADING = 'Launch brief: summary and research plan'

function pasteBox(page: Page) {
  return page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' })
}

async function expectPricingTask(page: Page) {
  await expect(page).toHaveTitle('✓ Done · Task tsk_demo-pricing · Handinger Worker Inspector')
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  // The header's Task field names the task and offers the way to the latest one.
  const task = page.getByRole('definition').filter({ hasText: 'tsk_demo-pricing' })
  await expect(task).toBeVisible()
  await expect(task.getByRole('link', { name: 'show latest' })).toHaveAttribute(
    'href',
    '/workers/wrk_demo-research',
  )
  await expect(panel(page, 'Output').getByRole('heading', { name: PRICING_HEADING })).toBeVisible()
  await expect(panel(page, 'Files').getByText('pricing-matrix.csv', { exact: true })).toBeVisible()
  // The task's own totals, shown once, in the task section (the header leaves them to it).
  const facts = page.getByRole('article', { name: /^Task: / }).getByRole('definition')
  await expect(facts.filter({ hasText: /^8,420 credits$/ })).toBeVisible()
  await expect(facts.filter({ hasText: /^1m 2s$/ })).toBeVisible()
  await expect(page.getByText('8,420 credits · 1m 2s', { exact: true })).toHaveCount(0)
  await expect(panel(page, 'Output').getByRole('heading', { name: MARKET_HEADING })).toHaveCount(0)
}

/*
 * Links as people share and keep them: a task's deep link loads by itself and survives a reload,
 * "c" copies it; an unknown address says so and leads home; a pasted dashboard URL opens its
 * task, and the browser's back and forward move between it and home.
 */
test('a task deep link loads, survives a reload and is copied; an unknown route leads home; a pasted dashboard URL opens its task, back and forward', {
  tag: '@workerd',
}, async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const api = recordApiCalls(page)
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
  await expectPricingTask(page)
  // The task's reads came with the page (its first screen): the page did not ask again.
  expect(api.calls.map((call) => new URL(call.url).search)).not.toContain(
    '?taskId=tsk_demo-pricing',
  )

  await page.reload()
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-pricing$/)
  await expectPricingTask(page)

  // The task section above the header loads too; measure once the page has settled.
  await expect(page.getByRole('img', { name: /^Timeline of turns/ })).toBeVisible()
  const copyLink = page.getByRole('button', { name: 'Copy link' })
  const before = await copyLink.boundingBox()
  await page.keyboard.press('c')
  await expect(copyLink).toContainText('Copied')
  // "Copied" neither moves nor resizes the button.
  expect(await copyLink.boundingBox()).toEqual(before)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())

  // An address the app does not know.
  await page.goto('/nope/deeper')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page).toHaveTitle('Page not found · Handinger Worker Inspector')
  await page.getByRole('link', { name: 'Open a worker' }).click()
  await expect(page).toHaveURL(/\/$/)

  // A dashboard URL pasted with the spaces a copy brings along.
  const box = pasteBox(page)
  await box.fill('  https://v3.handinger.com/worker/wrk_demo-research/task/tsk_demo-summary  ')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-summary$/)
  const summary = panel(page, 'Output').getByRole('heading', { name: SUMMARY_HEADING })
  await expect(summary).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'tsk_demo-summary' })).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { name: 'Inspect a Handinger worker' })).toBeVisible()
  await expect(workerHeading(page, 'wrk_demo-research')).toHaveCount(0)
  // Home now remembers the runs that were opened, the latest first.
  const recent = page.getByRole('region', { name: 'Recently opened' }).getByRole('listitem')
  await expect(recent.first()).toContainText('wrk_demo-research / tsk_demo-summary')
  await expect(recent.nth(1)).toContainText('wrk_demo-research / tsk_demo-pricing')

  await page.goForward()
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-summary$/)
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await expect(summary).toBeVisible()
})
