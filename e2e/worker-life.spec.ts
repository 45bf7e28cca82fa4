import { expect, type Page, test } from '@playwright/test'

const TOKEN = 'whk_demo-secret-token-never-shown'
const URL_SECRET = 's3cr3tPathPart'

/** Every body the page receives from the server, to check what never reaches the browser. */
function collectBodies(page: Page): string[] {
  const bodies: string[] = []
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return
    bodies.push(await response.text().catch(() => ''))
  })
  return bodies
}

test("a scheduled worker's runs, schedules and webhook, and two runs compared", async ({
  page,
}) => {
  const bodies = collectBodies(page)
  await page.goto('/workers/wrk_demo-scheduled')

  const runs = page.getByRole('region', { name: 'Runs' })
  await expect(runs.getByText('Page 1 of 3')).toBeVisible({ timeout: 20_000 })
  const firstRun = runs.getByRole('link', { name: 'Cargo-bike prices: Tern GSD S10 down €400' })
  await expect(firstRun).toBeVisible()
  // The task's own status and credits are filled in for the rows in view.
  await firstRun.scrollIntoViewIfNeeded()
  await expect(runs.getByText('1,360 credits').first()).toBeVisible()

  const schedules = page.getByRole('region', { name: 'Schedules' })
  await expect(schedules.getByText('At 07:00, Monday through Friday (Europe/Madrid)')).toBeVisible()
  const webhook = page.getByRole('region', { name: 'Webhook' })
  await expect(webhook.getByText('https://hooks.example.com/…')).toBeVisible()
  await expect(webhook.getByText(/of the last 50 deliveries failed/)).toBeVisible()

  await runs.getByRole('button', { name: 'Next' }).click()
  await expect(runs.getByText('Page 2 of 3')).toBeVisible()
  await runs.getByRole('button', { name: 'Previous' }).click()
  await expect(firstRun).toBeVisible()

  // The webhook's token and the secret part of its URL never reach the browser.
  expect(await page.content()).not.toContain(TOKEN)
  for (const body of bodies) {
    expect(body).not.toContain(TOKEN)
    expect(body).not.toContain(URL_SECRET)
  }

  await runs
    .getByRole('checkbox', { name: /Compare Cargo-bike prices: Tern GSD S10/ })
    .first()
    .check()
  await runs
    .getByRole('checkbox', { name: /Compare Cargo-bike prices: Urban Arrow/ })
    .first()
    .check()
  await runs.getByRole('link', { name: 'Compare the two picked runs' }).click()
  await expect(page).toHaveURL(/\/compare\?a=wrk_demo-scheduled\.tsk_demo-scheduled-129&b=/)
  await expect(page.getByRole('region', { name: 'Run B' })).toContainText('Tern GSD S10 down')
  await expect(page.getByText(/only in A/).first()).toBeVisible()
})

test('a task of the worker compares itself with the previous run', async ({ page }) => {
  await page.goto('/workers/wrk_demo-scheduled/tasks/tsk_demo-scheduled-130')
  await page.getByRole('link', { name: 'Compare with the previous run' }).click()
  await expect(page).toHaveURL(
    /\/compare\?a=wrk_demo-scheduled\.tsk_demo-scheduled-129&b=wrk_demo-scheduled\.tsk_demo-scheduled-130/,
  )
  await expect(page.getByRole('region', { name: 'Run A' })).toContainText('Urban Arrow Family up')
})

test("another person's worker says calmly that only its creator sees its runs", async ({
  page,
}) => {
  await page.goto('/workers/wrk_demo-followups')
  await expect(
    page.getByText("Only the worker's creator can see its runs, schedules and webhook."),
  ).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)
})
