import { expect, test } from '@playwright/test'
import { panel, recordApiCalls } from './support'

function taskArticle(page: import('@playwright/test').Page, title: string) {
  return page.getByRole('article', { name: `Task: ${title}` })
}

test('a task page shows its turns, timeline and the run below, and a turn leads to its message', async ({
  page,
}) => {
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
  // The task (turns inside it, the older shape) came with the page: no read of it, nor of /turns.
  const paths = api.calls.map((call) => new URL(call.url).pathname)
  expect(paths).not.toContain('/api/tasks/tsk_demo-followups')
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
