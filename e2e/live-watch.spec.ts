import { expect, test } from '@playwright/test'
import { ownLiveRun, recordApiCalls, statusBadge, workerHeading } from './support'

/*
 * The live watch as people meet it: teammates with the same run open receive the same changes
 * from one watch on the server, and a page whose events cannot flow (here the stream is cut
 * off, as a proxy that refuses it would) polls by itself and still sees the run finish.
 *
 * The three pages share a browser context, so they share the demo's run cookie and watch one
 * run of wrk_demo-live, this test's own, begun past its pending start (the first 3 s of 20).
 */
test('viewers of a live run share one watch; a page whose stream is blocked polls by itself', {
  tag: '@workerd',
}, async ({ context }) => {
  await ownLiveRun(context, test.info().project.use.baseURL ?? '', 5_000)
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

  // The three open the run at once, as a team would from a shared link.
  await Promise.all(
    [first, second, blocked].map(async (page) => {
      await page.goto('/workers/wrk_demo-live')
      await expect(workerHeading(page, 'wrk_demo-live')).toBeVisible()
      await expect(statusBadge(page, 'Running')).toBeVisible()
    }),
  )
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
