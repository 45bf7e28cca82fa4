import { expect, test } from '@playwright/test'
import { recordApiCalls, statusBadge, workerHeading } from './support'

/*
 * The live watch as people meet it: teammates with the same run open receive the same changes
 * from one watch on the server, and a page whose events cannot flow (here the stream is cut
 * off, as a proxy that refuses it would) polls by itself and still sees the run finish.
 *
 * The three pages share a browser context, so they share the demo's run cookie and watch one
 * run of wrk_demo-live (each context plays its own run).
 */
test('viewers of a live run share one watch; a page whose stream is blocked polls by itself', async ({
  context,
}) => {
  test.setTimeout(120_000)
  // A run of this context's own, starting now: a first request without the demo's run cookie
  // would join the run the server remembers, which another test may have finished already.
  const started = String(Date.now())
  const base = test.info().project.use.baseURL ?? ''
  await context.addCookies(
    ['/api/workers/wrk_demo-live', '/_app/watch/workers/wrk_demo-live'].map((path) => ({
      name: 'demo_live_run',
      value: started,
      url: new URL(path, base).href,
    })),
  )
  // Every state event a page's streams receive, by its id (the server's name for that state).
  await context.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__watchStates', { value: seen })
    const Native = window.EventSource
    class Recorded extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init)
        this.addEventListener('state', (event) => seen.push(event.lastEventId))
      }
    }
    Object.defineProperty(window, 'EventSource', { value: Recorded, configurable: true })
  })
  const [first, second, blocked] = [
    await context.newPage(),
    await context.newPage(),
    await context.newPage(),
  ]
  await blocked.route('**/_app/watch/**', (route) => route.abort())
  const states = (page: typeof first) =>
    page.evaluate(() => (window as unknown as { __watchStates: string[] }).__watchStates)
  const firstApi = recordApiCalls(first)
  const blockedApi = recordApiCalls(blocked)

  for (const page of [first, second, blocked]) {
    await page.goto('/workers/wrk_demo-live')
    await expect(workerHeading(page, 'wrk_demo-live')).toBeVisible()
  }
  for (const page of [first, second, blocked]) {
    await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 60_000 })
  }

  // The two streaming pages were told of the same final state, by the one watch.
  const [firstStates, secondStates] = [await states(first), await states(second)]
  expect(firstStates.length).toBeGreaterThan(0)
  expect(secondStates.at(-1)).toBe(firstStates.at(-1))
  // The blocked page got nothing from its stream and asked /api again and again instead.
  expect(await states(blocked)).toEqual([])
  expect(blockedApi.calls.length).toBeGreaterThan(2)
  expect(firstApi.calls.length).toBeLessThan(blockedApi.calls.length)
})
