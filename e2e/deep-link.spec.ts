import { expect, type Page, test } from '@playwright/test'
import { panel, recordApiCalls, sleep, workerHeading } from './support'

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

test('a task deep link loads directly and survives a reload', async ({ page }) => {
  const api = recordApiCalls(page)
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
  await expectPricingTask(page)
  expect(api.calls.map((call) => new URL(call.url).search)).toContain('?taskId=tsk_demo-pricing')

  await page.reload()
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-pricing$/)
  await expectPricingTask(page)
})

test('a worker link without a task shows the latest task', async ({ page }) => {
  await page.goto('/workers/wrk_demo-research')
  await expect(page).toHaveTitle('✓ Done · Worker wrk_demo-research · Handinger Worker Inspector')
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: /^latest$/ })).toBeVisible()
  await expect(panel(page, 'Output').getByRole('heading', { name: MARKET_HEADING })).toBeVisible()
  await expect(page.getByRole('link', { name: 'show latest' })).toHaveCount(0)
})

test('a pasted dashboard URL with spaces opens its task', async ({ page }) => {
  await page.goto('/')
  const box = pasteBox(page)
  await box.fill('  https://v3.handinger.com/worker/wrk_demo-research/task/tsk_demo-summary  ')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-summary$/)
  await expect(panel(page, 'Output').getByRole('heading', { name: SUMMARY_HEADING })).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'tsk_demo-summary' })).toBeVisible()
})

test('invalid input shows a message and requests nothing', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible()
  const api = recordApiCalls(page)
  const box = pasteBox(page)
  const cases: [string, RegExp][] = [
    ['', /Enter a worker ID or a Handinger dashboard URL/],
    ['not a worker!', /"not a worker!" is not a worker ID/],
    ['javascript:alert(1)', /Only http and https dashboard URLs can be opened/],
    ['https://v3.handinger.com/settings/billing', /This URL does not point at a worker/],
    ['https://v3.handinger.com/worker/../admin', /"\." or "\.\." path segments/],
  ]
  for (const [input, message] of cases) {
    await box.fill(input)
    await box.press('Enter')
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(message)
    await expect(box).toHaveAttribute('aria-invalid', 'true')
    await expect(page).toHaveURL(/\/$/)
  }
  // Typing again clears the message.
  await box.fill('wrk_')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await sleep(500)
  expect(api.calls).toEqual([])
})

test('an unknown route shows the not-found page', async ({ page }) => {
  await page.goto('/nope/deeper')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page).toHaveTitle('Page not found · Handinger Worker Inspector')
  await page.getByRole('link', { name: 'Open a worker' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(pasteBox(page)).toBeVisible()
})

test('browser back and forward move between home and a worker', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Cargo e-bike market research', exact: true }).click()
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research$/)
  await expect(panel(page, 'Output').getByRole('heading', { name: MARKET_HEADING })).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { name: 'Inspect a Handinger worker' })).toBeVisible()
  await expect(workerHeading(page, 'wrk_demo-research')).toHaveCount(0)

  await page.goForward()
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research$/)
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await expect(panel(page, 'Output').getByRole('heading', { name: MARKET_HEADING })).toBeVisible()

  // Home now remembers the worker that was opened.
  await page.goBack()
  await expect(page.getByRole('heading', { name: 'Recently opened' })).toBeVisible()
})
