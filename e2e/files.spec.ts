import { expect, type Page, test } from '@playwright/test'
import { panel, statusBadge } from './support'

function watchCsp(page: Page): string[] {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  return refused
}

test('files load only when previewed, and the dialog closes back to its button', async ({
  page,
}) => {
  const refused = watchCsp(page)
  // The demo serves its own files on this origin, apart from /api.
  const fileRequests = { calls: [] as string[] }
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/_app/demo-files/')) {
      fileRequests.calls.push(request.url())
    }
  })
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  const files = panel(page, 'Files')
  await expect(files.getByRole('img', { name: 'CSV table' })).toBeVisible()
  expect(fileRequests.calls).toHaveLength(0)

  const csvButton = files.getByRole('button', { name: 'Preview open-questions.csv' })
  await csvButton.click()
  const dialog = page.getByRole('dialog', { name: 'Preview of open-questions.csv' })
  await expect(dialog.getByRole('columnheader', { name: 'question' })).toBeVisible()
  await expect(dialog.getByRole('cell', { name: 'Leasing partners' })).toBeVisible()
  expect(fileRequests.calls).toHaveLength(1)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(csvButton).toBeFocused()

  await files.getByRole('button', { name: 'Preview research-plan.md' }).click()
  const markdown = page.getByRole('dialog', { name: 'Preview of research-plan.md' })
  await expect(markdown.getByRole('heading').first()).toBeVisible()
  await markdown.getByRole('button', { name: 'Close' }).click()

  await files.getByRole('button', { name: 'Preview dealer-interview-guide.txt' }).click()
  const text = page.getByRole('dialog', { name: 'Preview of dealer-interview-guide.txt' })
  await expect(text.getByText(/Dealer interview guide/)).toBeVisible()
  await page.keyboard.press('Escape')
  expect(refused).toEqual([])
})
