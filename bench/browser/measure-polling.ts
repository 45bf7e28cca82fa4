import type { Browser, BrowserContextOptions } from '@playwright/test'
import { isWorkerApi } from './measure-page'
import { mainThreadSeconds, openPage, sleep, waitQuiet, waitSeen } from './page-session'

/*
 * What a page left open on a running worker costs while nothing changes: the renderer's main
 * thread time (DevTools' TaskDuration: the polls, their 304s, the ticking clocks, everything)
 * over a window of polling, per 2 s (one poll interval).
 */
export type PollingCost = { msPer2s: number; polls: number; windowSeconds: number }

const WINDOW_MS = 10_000

export async function measurePollingCost(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  status: string,
): Promise<PollingCost | null> {
  const session = await openPage(browser, options, url, {
    watches: { status: { text: status, match: 'starts', where: 'viewport' } },
    rawText: false,
  })
  const { page, cdp } = session
  try {
    if (!(await waitSeen(page, ['status'], 120_000))) return null
    // Past the load (the answer parsed, panels built) and a first few polls.
    await waitQuiet(session, 1000, 60_000)
    await sleep(3000)
    const before = await mainThreadSeconds(cdp)
    const pollsBefore = session.transfers.filter((t) => isWorkerApi(t.url)).length
    const started = Date.now()
    await sleep(WINDOW_MS)
    const after = await mainThreadSeconds(cdp)
    const seconds = (Date.now() - started) / 1000
    return {
      msPer2s: ((after - before) * 1000 * 2) / seconds,
      polls: session.transfers.filter((t) => isWorkerApi(t.url)).length - pollsBefore,
      windowSeconds: Math.round(seconds),
    }
  } finally {
    await session.close()
  }
}
