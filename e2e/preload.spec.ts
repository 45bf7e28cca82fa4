import { expect, type Page, test } from '@playwright/test'
import { panel, recordApiCalls, workerHeading } from './support'

/*
 * A run page's data starts with the navigation: the server names the page's first /api requests
 * in its head, and the page's own fetch takes the preloaded answer over instead of asking again.
 * Chromium says in the console when a preload goes unused (a few seconds after `load`), and the
 * request would then show twice.
 */
const UNUSED_PRELOAD = /preloaded using link preload but not used/

function watchConsole(page: Page) {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text())
  })
  return warnings
}

/** Long enough after `load` for Chromium's unused-preload warning (3 s) to have been written. */
async function pastUnusedPreloadWarning(page: Page) {
  await page.waitForLoadState('load')
  await page.waitForTimeout(4_000)
}

// The run's own reads; the worker's delivery log, schedules and webhook load later, by design.
const WORKER_LIFE = /\/(webhook|schedules)(\/|$|\?)/

function paths(calls: { url: string }[]) {
  return calls
    .map(({ url }) => {
      const { pathname, search } = new URL(url)
      return `${pathname}${search}`
    })
    .filter((path) => !WORKER_LIFE.test(path))
}

test('a run page is preloaded with its navigation and the page uses the preloaded data', async ({
  page,
}) => {
  const warnings = watchConsole(page)
  const api = recordApiCalls(page)
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  const response = await page.goto('/workers/wrk_demo-research')
  const html = (await response?.text()) ?? ''
  expect(html).toContain(
    '<link rel="preload" as="fetch" crossorigin href="/api/workers/wrk_demo-research">',
  )
  const routeChunk =
    /<link rel="modulepreload" crossorigin href="(\/assets\/worker-route-[^"]+\.js)"/.exec(
      html,
    )?.[1]
  expect(routeChunk).toBeDefined()

  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await expect(panel(page, 'Output').getByRole('heading').first()).toBeVisible()
  await pastUnusedPreloadWarning(page)
  // One request for the worker's JSON (the preload's), not a second one from the page.
  expect(paths(api.calls)).toEqual(['/api/workers/wrk_demo-research'])
  expect(scripts.filter((script) => script === routeChunk)).toHaveLength(1)
  expect(warnings.filter((text) => UNUSED_PRELOAD.test(text))).toEqual([])
})

test('a task page is preloaded with both its requests and a bare task with its own', async ({
  page,
}) => {
  const warnings = watchConsole(page)
  const api = recordApiCalls(page)
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary')
  await expect(page.getByRole('article', { name: /^Task: / })).toBeVisible()
  await pastUnusedPreloadWarning(page)
  // tsk_demo-summary answers in the older shape, its turns inside the task: two requests.
  expect(paths(api.calls).sort()).toEqual([
    '/api/tasks/tsk_demo-summary',
    '/api/workers/wrk_demo-research?taskId=tsk_demo-summary',
  ])

  api.calls.length = 0
  await page.goto('/tasks/tsk_demo-summary')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-summary$/)
  await expect(page.getByRole('article', { name: /^Task: / })).toBeVisible()
  await pastUnusedPreloadWarning(page)
  // The task once (preloaded, then the task page reads it from the cache), then its worker.
  expect(paths(api.calls).sort()).toEqual([
    '/api/tasks/tsk_demo-summary',
    '/api/workers/wrk_demo-research?taskId=tsk_demo-summary',
  ])
  expect(warnings.filter((text) => UNUSED_PRELOAD.test(text))).toEqual([])
})
