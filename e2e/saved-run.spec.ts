import { readFile } from 'node:fs/promises'
import { expect, type Page, test } from '@playwright/test'
import { panel, recordApiCalls, statusBadge } from './support'

/** Drags a file over the page and drops it, as a person does from their file manager. */
async function dropFile(page: Page, text: string, name: string) {
  const transfer = await page.evaluateHandle(
    ([body, fileName]) => {
      const data = new DataTransfer()
      data.items.add(new File([body], fileName, { type: 'application/json' }))
      return data
    },
    [text, name] as const,
  )
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer })
  await expect(page.getByText('Drop a run’s JSON to open it here.')).toBeVisible()
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
}

test('a downloaded run dropped on the page opens offline with every panel, and survives a reload', async ({
  page,
}) => {
  await page.goto('/workers/wrk_demo-research')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download JSON' }).click()
  const saved = await download
  const text = await readFile(await saved.path(), 'utf8')

  await page.goto('/')
  const api = recordApiCalls(page, (url) => url.pathname.startsWith('/api/'))
  await dropFile(page, text, saved.suggestedFilename())

  await expect(page).toHaveURL(/\/saved\/[0-9a-f-]{36}$/)
  await expect(page.getByText(/read in this browser only/)).toContainText(saved.suggestedFilename())
  await expect(panel(page, 'Output').getByRole('heading').first()).toBeVisible()
  await expect(panel(page, 'Sources').getByRole('link').first()).toBeVisible()
  await page.keyboard.press('Control+f')
  await page.getByRole('searchbox', { name: 'Search this run' }).fill('cargo')
  await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText(/^1 of \d+$/)

  await page.reload()
  await expect(panel(page, 'Output').getByRole('heading').first()).toBeVisible()
  expect(api.calls).toHaveLength(0)
})
