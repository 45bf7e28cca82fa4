import { expect, type Page, test } from '@playwright/test'
import { panel, statusBadge } from './support'

function watchCsp(page: Page): string[] {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  return refused
}

/*
 * Previews as a person opens them: the demo's own files (served on this origin, apart from /api)
 * load only when previewed, and each dialog closes back to its button; files on another host
 * come through the server's file route, the image decoded, the CSV as a table, and the page
 * itself only ever talks to its own server.
 */
test('files load only when previewed, close back to their button, and files on another host preview through the server', {
  tag: '@workerd',
}, async ({ page }) => {
  const refused = watchCsp(page)
  const demoFiles: string[] = []
  const routeCalls: string[] = []
  const hosts = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    hosts.add(url.host)
    if (url.pathname.startsWith('/_app/demo-files/')) demoFiles.push(request.url())
    if (url.pathname === '/_app/files') routeCalls.push(url.searchParams.get('url') ?? '')
  })

  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  const files = panel(page, 'Files')
  await expect(files.getByRole('img', { name: 'CSV table' })).toBeVisible()
  expect(demoFiles).toHaveLength(0)

  const csvButton = files.getByRole('button', { name: 'Preview open-questions.csv' })
  await csvButton.click()
  const dialog = page.getByRole('dialog', { name: 'Preview of open-questions.csv' })
  await expect(dialog.getByRole('columnheader', { name: 'question' })).toBeVisible()
  await expect(dialog.getByRole('cell', { name: 'Leasing partners' })).toBeVisible()
  expect(demoFiles).toHaveLength(1)
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

  // Files on another host.
  await page.goto('/workers/wrk_demo-files-cdn')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
  await files.getByRole('button', { name: 'Preview dealer-sales-by-quarter.png' }).click()
  const imageDialog = page.getByRole('dialog', { name: 'Preview of dealer-sales-by-quarter.png' })
  const image = imageDialog.getByRole('img', { name: 'Preview of dealer-sales-by-quarter.png' })
  await expect(image).toBeVisible()
  await expect(image).toHaveAttribute('src', /^\/_app\/files\?url=/)
  // Decoded by the browser: the chart's real size, not a broken-image box.
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160)
  await page.keyboard.press('Escape')
  await expect(imageDialog).toHaveCount(0)

  const csvName = /^Preview Dealer survey responses by region and month/
  await files.getByRole('button', { name: csvName }).click()
  const csvDialog = page.getByRole('dialog', { name: /^Preview of Dealer survey responses/ })
  await expect(csvDialog.getByRole('columnheader', { name: 'top_concern' })).toBeVisible()
  await expect(csvDialog.getByRole('cell', { name: 'Leasing partners' })).toBeVisible()
  await page.keyboard.press('Escape')

  // The long name wraps between words, never inside one.
  const name = files.getByText(/^Dealer survey responses by region/)
  const wrapping = await name.evaluate((element) => {
    const style = getComputedStyle(element.closest('p') ?? element)
    return { overflowWrap: style.overflowWrap, wordBreak: style.wordBreak }
  })
  expect(wrapping).toEqual({ overflowWrap: 'break-word', wordBreak: 'normal' })

  expect(routeCalls).toEqual([
    'https://files.handinger-cdn.example/wrk_demo-files-cdn/dealer-sales-by-quarter.png',
    expect.stringMatching(/\/Dealer%20survey%20responses/),
  ])
  // The page itself only ever talks to its own server.
  expect([...hosts]).toEqual([new URL(page.url()).host])
  expect(refused).toEqual([])
})
