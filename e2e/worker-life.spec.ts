import { expect, type Page, test } from '@playwright/test'

const TOKEN = 'whk_demo-secret-token-never-shown'
const URL_SECRET = 's3cr3tPathPart'
const COMPARE = '/compare?a=wrk_demo-research.tsk_demo-market&b=wrk_demo-research.tsk_demo-pricing'

/** Every body the page receives from the server, to check what never reaches the browser. */
function collectBodies(page: Page): string[] {
  const bodies: string[] = []
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return
    bodies.push(await response.text().catch(() => ''))
  })
  return bodies
}

/*
 * A worker's whole life and its runs compared: the scheduled worker's runs, schedules and
 * webhook, two of its runs picked and compared, a task compared with the previous run, and two
 * tasks compared in full (figures, marked answers, structured output, sources, sides swapped).
 * (Another person's worker, whose runs only its creator sees: src/routes/worker/worker-life.test.tsx
 * and src/server/worker-life/webhook-demo.test.ts.)
 */
test("a scheduled worker's runs, schedules and webhook; runs compared, with the previous run and in full", async ({
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

  // A task of the worker compares itself with the previous run.
  await page.goto('/workers/wrk_demo-scheduled/tasks/tsk_demo-scheduled-130')
  await page.getByRole('link', { name: 'Compare with the previous run' }).click()
  await expect(page).toHaveURL(
    /\/compare\?a=wrk_demo-scheduled\.tsk_demo-scheduled-129&b=wrk_demo-scheduled\.tsk_demo-scheduled-130/,
  )
  await expect(page.getByRole('region', { name: 'Run A' })).toContainText('Urban Arrow Family up')

  // Two tasks compared in full.
  await page.goto(COMPARE)
  await expect(page.getByRole('heading', { level: 1, name: 'Compare runs' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Run A' })).toContainText(
    'Cargo e-bike market sizing',
  )
  await expect(page.getByRole('region', { name: 'Run B' })).toContainText(
    'Pricing analysis for a €5k family cargo bike',
  )

  const figures = page.getByRole('region', { name: 'Figures' })
  await expect(figures.getByRole('row', { name: /^Credits/ })).toHaveText(
    /Credits\s*12,345\s*8,420\s*−3,925\s*\(−32%\)/,
  )
  await expect(figures.getByRole('row', { name: /^Duration/ })).toHaveText(/1m 23s\s*1m 2s\s*−22s/)

  // Removals struck through in A, insertions underlined in B: colour and a second cue.
  const answer = page.getByRole('region', { name: 'Answer' })
  const removed = answer.locator('del').first()
  const added = answer.locator('ins').first()
  await expect(removed).toBeVisible()
  await expect(added).toBeVisible()
  await expect(removed).toHaveCSS('text-decoration-line', 'line-through')
  await expect(added).toHaveCSS('text-decoration-line', 'underline')
  await expect(answer).toContainText(/[\d,]+ (words|lines) removed from A, [\d,]+ \1 added in B\./)

  const structured = page.getByRole('region', { name: 'Structured output' })
  await expect(structured.getByRole('row', { name: /^\$\.recommendedPriceEur/ })).toContainText(
    /Added\s*absent\s*5490/,
  )
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources).toContainText('5 sources are cited by both runs.')
  await expect(sources.getByRole('link', { name: 'lease-a-bike.nl' })).toHaveAttribute(
    'href',
    'https://www.lease-a-bike.nl/',
  )

  // Swapping sides turns the difference around.
  await page.getByRole('link', { name: 'Swap A and B' }).click()
  await expect(page).toHaveURL(
    /\?a=wrk_demo-research\.tsk_demo-pricing&b=wrk_demo-research\.tsk_demo-market$/,
  )
  await expect(figures.getByRole('row', { name: /^Credits/ })).toHaveText(
    /8,420\s*12,345\s*\+3,925\s*\(\+47%\)/,
  )
})
