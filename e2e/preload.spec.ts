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

/*
 * A run page, a task page and a bare task link, each in a tab of its own, opened side by side:
 * each tab's requests are its own, and one wait covers Chromium's unused-preload warning (written
 * 3 s after `load`) for all three.
 */
test('run and task pages are preloaded with their navigation and use the preloaded data', {
  tag: '@workerd',
}, async ({ context }) => {
  const [runPage, taskPage, bareTask] = [
    await context.newPage(),
    await context.newPage(),
    await context.newPage(),
  ]
  const warnings = [runPage, taskPage, bareTask].map(watchConsole)
  const runApi = recordApiCalls(runPage)
  const taskApi = recordApiCalls(taskPage)
  const bareApi = recordApiCalls(bareTask)
  const scripts: string[] = []
  runPage.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })

  const [response] = await Promise.all([
    runPage.goto('/workers/wrk_demo-research'),
    taskPage.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary'),
    bareTask.goto('/tasks/tsk_demo-summary'),
  ])
  const html = (await response?.text()) ?? ''
  expect(html).toContain(
    '<link rel="preload" as="fetch" crossorigin href="/api/workers/wrk_demo-research">',
  )
  const routeChunk =
    /<link rel="modulepreload" crossorigin href="(\/assets\/worker-route-[^"]+\.js)"/.exec(
      html,
    )?.[1]
  expect(routeChunk).toBeDefined()

  await expect(workerHeading(runPage, 'wrk_demo-research')).toBeVisible()
  await expect(panel(runPage, 'Output').getByRole('heading').first()).toBeVisible()
  await expect(taskPage.getByRole('article', { name: /^Task: / })).toBeVisible()
  await expect(bareTask).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-summary$/)
  await expect(bareTask.getByRole('article', { name: /^Task: / })).toBeVisible()
  // Long enough after `load` for Chromium's unused-preload warning to have been written.
  for (const page of [runPage, taskPage, bareTask]) await page.waitForLoadState('load')
  await runPage.waitForTimeout(4_000)

  // One request for the worker's JSON (the preload's), not a second one from the page.
  expect(paths(runApi.calls)).toEqual(['/api/workers/wrk_demo-research'])
  expect(scripts.filter((script) => script === routeChunk)).toHaveLength(1)
  // tsk_demo-summary answers in the older shape, its turns inside the task: two requests.
  const taskReads = [
    '/api/tasks/tsk_demo-summary',
    '/api/workers/wrk_demo-research?taskId=tsk_demo-summary',
  ]
  expect(paths(taskApi.calls).sort()).toEqual(taskReads)
  // The bare task: the task once (preloaded, then the task page reads it from the cache), then
  // its worker.
  expect(paths(bareApi.calls).sort()).toEqual(taskReads)
  expect(warnings.flat().filter((text) => UNUSED_PRELOAD.test(text))).toEqual([])
})
