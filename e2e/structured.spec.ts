import { expect, test } from '@playwright/test'
import { panel, statusBadge } from './support'

test.beforeEach(async ({ page }) => {
  await page.goto('/workers/wrk_demo-large')
  await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 15_000 })
})

test('the 2,000-record output mounts only the rows on screen, even fully expanded', async ({
  page,
}) => {
  const structured = panel(page, 'Structured output')
  const tree = structured.getByRole('tree', { name: 'Structured output (JSON)' })
  const rows = tree.getByRole('treeitem')
  const records = structured.getByRole('button', { name: /^records: Array \(2000 items\)$/ })
  await records.click()
  await expect(records).toHaveAttribute('aria-expanded', 'true')
  const afterOpen = await rows.count()
  expect(afterOpen).toBeGreaterThan(10)
  expect(afterOpen).toBeLessThan(120)

  await structured.getByRole('button', { name: 'Expand all' }).click()
  await expect(tree.getByText('"rec_0001"')).toBeVisible()
  expect(await rows.count()).toBeLessThan(120)

  // The last record is one keyboard press away, and its row is then mounted and focused.
  await tree.getByRole('treeitem', { name: 'index: "eu-cycling-retail"' }).click()
  await page.keyboard.press('End')
  const focused = tree.locator('[role="treeitem"]:focus')
  await expect(focused).toHaveAttribute('data-item', 'structured:/records/1999/flags')
  await page.keyboard.press('ArrowUp')
  await expect(focused).toHaveAttribute('data-item', 'structured:/records/1999/change/yoyPct')
  expect(await rows.count()).toBeLessThan(120)

  await structured.getByRole('button', { name: 'Collapse all' }).click()
  await expect(records).toHaveAttribute('aria-expanded', 'false')
})

test('search finds a value deep in the output and brings its row into view', async ({ page }) => {
  const structured = panel(page, 'Structured output')
  const search = structured.getByRole('searchbox', { name: 'Search structured output' })
  await search.fill('rec_1500')
  // The first match is brought into view as soon as it is found, without Enter.
  await expect(structured.getByText('1 of 1', { exact: true })).toBeVisible()
  const row = structured.locator('[data-item="structured:/records/1499/id"]')
  await expect(row).toBeVisible()
  await expect(row.locator('mark')).toHaveText('rec_1500')
  await expect(structured.getByText('data.records[1499].id', { exact: true })).toBeVisible()
})

test('the records show as a virtualized table with the union of their keys', async ({ page }) => {
  const structured = panel(page, 'Structured output')
  await structured.getByRole('button', { name: 'Table' }).click()
  const table = structured.getByRole('table')
  await expect(table).toHaveAttribute('aria-rowcount', '2001')
  await expect(table.getByRole('columnheader')).toHaveText([
    '#',
    'id',
    'region',
    'category',
    'units',
    'medianPriceEur',
    'change',
    'flags',
  ])
  const mounted = await table.locator('tbody tr[data-index]').count()
  expect(mounted).toBeGreaterThan(5)
  expect(mounted).toBeLessThan(100)
  // Rows are measured as they mount, so the bottom moves: scroll until the last row is there.
  const box = structured.getByRole('region', { name: 'records table' })
  await expect(async () => {
    await box.evaluate((element) => {
      element.scrollTop = element.scrollHeight
    })
    await expect(table.getByRole('cell', { name: '"rec_2000"', exact: true })).toBeVisible({
      timeout: 1000,
    })
  }).toPass()
  expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(100)
})
