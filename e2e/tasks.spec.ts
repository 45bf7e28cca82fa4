import { expect, test } from '@playwright/test'
import { panel, recordApiCalls, workerHeading } from './support'

function taskArticle(page: import('@playwright/test').Page, title: string) {
  return page.getByRole('article', { name: `Task: ${title}` })
}

test('a task in the older shape shows its turns, timeline and the run below', async ({ page }) => {
  const api = recordApiCalls(page)
  await page.goto('/workers/wrk_demo-followups/tasks/tsk_demo-followups')
  const task = taskArticle(page, 'Bikes on trains')
  await expect(task).toBeVisible()
  await expect(task.getByText('Completed', { exact: true }).first()).toBeVisible()
  await expect(task.locator('li[id^="task-turn-"]')).toHaveCount(3)
  await expect(task.locator('#task-turn-2')).toContainText('And in the Netherlands?')
  await expect(task.getByRole('img', { name: /^Timeline of turns/ })).toBeVisible()
  await expect(task.locator('#task-turn-3').getByRole('table')).toBeVisible()
  await expect(panel(page, 'Messages')).toBeVisible()
  const paths = api.calls.map((call) => new URL(call.url).pathname)
  expect(paths).toContain('/api/tasks/tsk_demo-followups')
  expect(paths).not.toContain('/api/tasks/tsk_demo-followups/turns')

  // A turn links to its place in the conversation, which takes the focus and is marked.
  await task.locator('#task-turn-3').getByRole('link', { name: 'Show in the conversation' }).click()
  const question = panel(page, 'Messages')
    .getByRole('listitem')
    .filter({ hasText: 'Summarise both in a table.' })
  await expect(question).toBeInViewport()
  await expect(question).toBeFocused()
  await expect(question).toHaveAttribute('data-highlight', '')
})

test('a task in the current shape loads its turns from /turns', async ({ page }) => {
  const api = recordApiCalls(page)
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-market')
  const task = taskArticle(page, 'Cargo e-bike market sizing')
  await expect(task.locator('li[id^="task-turn-"]')).toHaveCount(2)
  expect(api.calls.map((call) => new URL(call.url).pathname)).toContain(
    '/api/tasks/tsk_demo-market/turns',
  )
})

test('a bare task ID in the paste box opens its worker and task', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' })
  await box.fill('tsk_demo-pricing')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-pricing$/)
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await expect(taskArticle(page, 'Pricing analysis for a €5k family cargo bike')).toBeVisible()
})

test('a bare task ID in the path opens its worker and task; an unknown one says so', async ({
  page,
}) => {
  await page.goto('/tasks/tsk_demo-summary')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-summary$/)
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()

  await page.goto('/tasks/tsk_nowhere')
  await expect(page.getByRole('heading', { name: 'Task not found' })).toBeVisible()
})
