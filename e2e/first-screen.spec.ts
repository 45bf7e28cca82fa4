import { expect, type Page, test } from '@playwright/test'
import { panel, recordApiCalls, statusBadge, workerHeading } from './support'

/*
 * A run page arrives with its first screen drawn by the server and the answers it read for it
 * inside: the reader sees the run before any script runs, and the app then takes the same
 * answers over without asking for them again. A page whose answers cannot come with it (the
 * task address that only redirects) still names its request in the head, and the page's own
 * fetch takes that preload over. Chromium says in the console when a preload goes unused.
 */
const UNUSED_PRELOAD = /preloaded using link preload but not used/

function watchConsole(page: Page) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

// The run's own reads; the worker's delivery log, schedules and webhook load later, by design.
const WORKER_LIFE = /\/(webhook|schedules)(\/|$|\?)/

/** Holds the app's entry script back until the returned function is called: the server's screen stays. */
async function holdAppEntry(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return release
}

function paths(calls: { url: string }[]) {
  return calls
    .map(({ url }) => {
      const { pathname, search } = new URL(url)
      return `${pathname}${search}`
    })
    .filter((path) => !WORKER_LIFE.test(path))
}

test('the first screen is drawn before any script runs', { tag: '@workerd' }, async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/workers/wrk_demo-research')
  await expect(page).toHaveTitle(/ · Worker wrk_demo-research · Handinger Worker Inspector$/)
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  await expect(statusBadge(page, 'Completed')).toBeVisible()
  await expect(panel(page, 'Output')).toContainText('Cargo e-bike market: Germany')
  await context.close()
})

test('the app takes the first screen over with the answers that came with the page', {
  tag: '@workerd',
}, async ({ page }) => {
  const problems = watchConsole(page)
  const api = recordApiCalls(page)
  const stylesheets: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname)
  })
  await page.goto('/workers/wrk_demo-research')
  // The app's own view: the answer as formatted markdown, the header's buttons.
  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Cargo e-bike market: Germany' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible()
  await page.waitForLoadState('load')
  await page.waitForTimeout(1_000)
  expect(paths(api.calls)).toEqual([])
  expect(problems).toEqual([])
  // The first screen's stylesheet came inside the page; the app's whole one is asked for once,
  // after the first paint, and no chunk asks for it again.
  expect(stylesheets.filter((path) => /\/assets\/index-[^/]*\.css$/.test(path))).toHaveLength(1)

  // A refresh asks the server, with the ETag of the answer that came with the page: 304.
  const reread = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/workers/wrk_demo-research',
  )
  await page.getByRole('button', { name: 'Refresh' }).click()
  expect((await reread).status()).toBe(304)
})

test('a task page comes with both its answers; a bare task address preloads its one', async ({
  page,
}) => {
  const problems = watchConsole(page)
  const api = recordApiCalls(page)
  await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary')
  await expect(page.getByRole('article', { name: /^Task: / })).toBeVisible()
  await page.waitForLoadState('load')
  await page.waitForTimeout(1_000)
  expect(paths(api.calls)).toEqual([])

  api.calls.length = 0
  await page.goto('/tasks/tsk_demo-summary')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research\/tasks\/tsk_demo-summary$/)
  await expect(page.getByRole('article', { name: /^Task: / })).toBeVisible()
  await page.waitForLoadState('load')
  // Long enough after `load` for Chromium's unused-preload warning (3 s) to have been written.
  await page.waitForTimeout(4_000)
  // The task once (preloaded, then the task page reads it from the cache), then its worker.
  expect(paths(api.calls).sort()).toEqual([
    '/api/tasks/tsk_demo-summary',
    '/api/workers/wrk_demo-research?taskId=tsk_demo-summary',
  ])
  expect(problems.filter((text) => UNUSED_PRELOAD.test(text))).toEqual([])
  expect(problems).toEqual([])
})

test('a big run is drawn at once and its answer preloaded, read once', async ({ page }) => {
  const problems = watchConsole(page)
  const api = recordApiCalls(page)
  await page.goto('/workers/wrk_demo-big')
  await expect(workerHeading(page, 'wrk_demo-big')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible()
  await page.waitForLoadState('load')
  await page.waitForTimeout(1_000)
  // The preload's request is the page's own: one read, no second one for the query.
  expect(paths(api.calls)).toEqual(['/api/workers/wrk_demo-big'])
  expect(problems).toEqual([])
})

test('a reader who went to the end of a long answer on the first screen is still there once the app takes over', async ({
  page,
}) => {
  const end = 'This sentence closes the big run report'
  // The app's entry waits until the reader has scrolled the server's screen.
  const release = await holdAppEntry(page)
  await page.goto('/workers/wrk_demo-big', { waitUntil: 'commit' })
  const output = panel(page, 'Output')
  await expect(output).toContainText(end)
  // End: the first screen shows the answer's end above its latest message.
  // Where the sentence is as the next frame is painted: read in a resize observer made now, so
  // after the page's own (which may scroll to hold the end), never in a layout it corrects.
  const lastLine = (text: string) =>
    page.evaluate(
      (needle) =>
        new Promise<number | null>((resolve) => {
          const observer = new ResizeObserver(() => {
            observer.disconnect()
            const node = document.evaluate(
              `.//text()[contains(., ${JSON.stringify(needle)})]`,
              document.body,
              null,
              XPathResult.FIRST_ORDERED_NODE_TYPE,
              null,
            ).singleNodeValue
            if (!(node instanceof Text)) return resolve(null)
            const range = document.createRange()
            range.setStart(node, node.data.indexOf(needle))
            range.setEnd(node, node.data.indexOf(needle) + needle.length)
            resolve(range.getBoundingClientRect().top)
          })
          observer.observe(document.body)
        }),
      text,
    )
  // As a reader would, End again if the page was not yet laid out to scroll.
  const height = page.viewportSize()?.height ?? 0
  await expect
    .poll(async () => {
      await page.keyboard.press('End')
      return lastLine(end)
    })
    .toBeLessThan(height)
  const before = (await lastLine(end)) ?? 0
  expect(before).toBeGreaterThan(0)
  release()
  // The app's own page (its header buttons), with the end where the reader left it.
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible()
  await expect(output.getByText(end)).toBeInViewport()
  expect(Math.abs(((await lastLine(end)) ?? 0) - before)).toBeLessThanOrEqual(2)
  // The whole answer is the app's now: the page is far longer than the first screen's.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(20_000)
})

test('the page searches from its first screen, and the app carries the query on', {
  tag: '@workerd',
}, async ({ page }) => {
  const end = 'This sentence closes the big run report'
  const release = await holdAppEntry(page)
  await page.goto('/workers/wrk_demo-big', { waitUntil: 'commit' })
  await expect(panel(page, 'Output')).toContainText(end)
  const field = page.getByRole('searchbox', { name: 'Search this run' })
  // Ctrl+F again, as a reader would, if the first came before the page could take it.
  await expect
    .poll(async () => {
      await page.keyboard.press('Control+f')
      return field.evaluate((input) => input === document.activeElement)
    })
    .toBe(true)
  await page.keyboard.type('sentence closes the big')
  await page.keyboard.press('Enter')
  await expect(panel(page, 'Output').getByText(end)).toBeInViewport()
  release()
  // The app's search, with the same query, over the whole run.
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible()
  await expect(field).toHaveValue('sentence closes the big')
  await expect(field).toBeFocused()
  await expect(page.getByText(/^1 of 1$/)).toBeVisible()
  await expect(panel(page, 'Output').getByText(end)).toBeInViewport()
})

test("the first screen's own stylesheet draws it exactly as the app's whole one does", async ({
  browser,
}) => {
  // Without scripts the page keeps its first screen and its own, smaller stylesheet.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const looks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('#root *')].map((element) => {
        const style = getComputedStyle(element)
        const box = element.getBoundingClientRect()
        return [
          element.tagName,
          Math.round(box.x),
          Math.round(box.y),
          Math.round(box.width),
          Math.round(box.height),
          ...['color', 'background-color', 'font', 'border', 'border-radius', 'box-shadow'].map(
            (name) => style.getPropertyValue(name),
          ),
        ].join(' ')
      }),
    )
  for (const [path, colorScheme] of [
    ['/workers/wrk_demo-big', 'light'],
    ['/workers/wrk_demo-research/tasks/tsk_demo-market', 'dark'],
  ] as const) {
    await page.emulateMedia({ colorScheme })
    await page.goto(path)
    const own = await looks()
    expect(own.length).toBeGreaterThan(20)
    // The app's whole stylesheet, as the page's start script enables it after the first paint.
    const sheets = await page.evaluate(() => document.styleSheets.length)
    await page.evaluate(() => {
      const sheet = document.querySelector<HTMLLinkElement>('link[data-after-paint]')
      if (sheet) sheet.disabled = false
    })
    await expect.poll(() => page.evaluate(() => document.styleSheets.length)).toBe(sheets + 1)
    expect(await looks()).toEqual(own)
  }
  await context.close()
})
