import { expect, type Page, type Response, test } from '@playwright/test'
import { type ProbeState, type RenderCount, probeScript } from '../bench/browser/probe.ts'
import { lastUpdated, panel, workerHeading } from './support'

/*
 * A poll that brings nothing new renders nothing but the "Updated … ago" text. Counted the way
 * the benchmark counts: a React DevTools hook installed before React loads reads every commit's
 * fibers and says, for each component that rendered, where its DOM lies.
 */

/** How long without a React commit before the page counts as settled. */
const QUIET_MS = 750

const isWorkerApi = (response: Response) =>
  /\/api\/workers\/[^/?]+(\?|$)/.test(new URL(response.url()).pathname)

function waitQuiet(page: Page) {
  return page.waitForFunction((quietMs) => {
    const state = Reflect.get(window, '__bench') as ProbeState
    return performance.now() - state.lastCommitAt >= quietMs
  }, QUIET_MS)
}

/** The body, or null when there is none to read (a 304). */
function bodyOf(response: Response): Promise<Buffer | null> {
  return response.body().catch(() => null)
}

/*
 * On a typical worker. The big one (wrk_demo-huge) goes through the same code; `npm run bench`
 * counts it too ("Components rendered by an unchanged poll, big worker").
 */
test('an unchanged poll renders nothing outside the "updated" text', async ({ page }) => {
  const workerId = 'wrk_demo-research'
  await page.addInitScript({ content: probeScript({ watches: {}, rawText: false }) })
  await page.goto(`/workers/${workerId}`)
  // The first body came with the page; the test reads the same answer for itself.
  const firstBody = await (await page.request.get(`/api/workers/${workerId}`)).body()
  await expect(workerHeading(page, workerId)).toBeVisible({ timeout: 60_000 })
  await expect(panel(page, 'Structured output')).toBeVisible({ timeout: 60_000 })
  await waitQuiet(page)
  const updated = lastUpdated(page)
  const updatedBefore = await updated.getAttribute('datetime')
  expect(updatedBefore).toBeTruthy()

  await page.evaluate(() => (Reflect.get(window, '__bench') as ProbeState).arm())
  const polled = page.waitForResponse(isWorkerApi, { timeout: 60_000 })
  await page.getByRole('button', { name: 'Refresh', exact: true }).click()
  const response = await polled
  const body = await bodyOf(response)
  // Honest only if the poll really brought nothing new.
  expect(
    response.status() === 304 || (body !== null && firstBody !== null && body.equals(firstBody)),
    `the poll answered ${response.status()} with ${body?.length ?? 0} bytes, not the first body`,
  ).toBe(true)
  // The page took the poll in: it says when it last heard from the server.
  await expect(updated).not.toHaveAttribute('datetime', updatedBefore ?? '')
  await waitQuiet(page)
  const rendered: RenderCount = await page.evaluate(() =>
    (Reflect.get(window, '__bench') as ProbeState).disarm(),
  )

  const offenders = Object.entries(rendered.names)
    .filter(([region]) => region !== 'updated text')
    .map(([region, names]) => `${region}: ${names.join(', ')}`)
  expect(offenders, `rendered by the unchanged poll:\n${offenders.join('\n')}`).toEqual([])
})
