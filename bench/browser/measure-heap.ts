import type { Browser, BrowserContextOptions } from '@playwright/test'
import { mainThreadSeconds, openPage, sleep, waitQuiet, waitSeen } from './page-session'
import { median, slope } from './stats'

/*
 * The JS heap of a page left open on a running worker: after a forced garbage collection, at
 * the start and at regular points, so what is left is what the page keeps.
 */
export type HeapResult = {
  minutes: number
  samples: Array<{ minute: number; usedBytes: number }>
  startBytes: number
  endBytes: number
  slopeBytesPerMinute: number | null
  polls: number
  meanPollWireBytes: number | null
  meanPollMainThreadMs: number | null
}

const SETTLE_MS = 5_000

const isWorkerApi = (url: string) => /\/api\/workers\/[^/?]+(\?|$)/.test(url)

export async function measureHeap(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  status: string,
  minutes: number,
): Promise<HeapResult> {
  const session = await openPage(browser, options, url, {
    watches: { status: { text: status, match: 'starts', where: 'viewport' } },
    rawText: false,
  })
  const { page, cdp } = session
  try {
    await waitSeen(page, ['status'], 120_000)
    // The first sample is of the loaded page (answer parsed, panels built), not of one still
    // loading, or the growth would count the load itself.
    await waitQuiet(session, 1000, 60_000)
    await sleep(SETTLE_MS)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    const firstPoll = session.transfers.filter((t) => isWorkerApi(t.url)).length
    const startTask = await mainThreadSeconds(cdp)
    const started = Date.now()
    const samples = [{ minute: 0, usedBytes: await heap() }]
    const everyMs = Math.min(30_000, (minutes * 60_000) / 8)
    while (Date.now() - started < minutes * 60_000) {
      await sleep(Math.min(everyMs, minutes * 60_000 - (Date.now() - started)))
      samples.push({ minute: (Date.now() - started) / 60_000, usedBytes: await heap() })
    }
    const endTask = await mainThreadSeconds(cdp)
    const polls = session.transfers.filter((t) => isWorkerApi(t.url)).slice(firstPoll)
    const first = samples[0]?.usedBytes ?? 0
    return {
      minutes,
      samples,
      startBytes: first,
      // The last few samples, so one collection that happened to land mid-poll does not decide.
      endBytes: median(samples.slice(-3).map((s) => s.usedBytes)) ?? first,
      slopeBytesPerMinute: slope(samples.map((s) => ({ x: s.minute, y: s.usedBytes }))),
      polls: polls.length,
      meanPollWireBytes:
        polls.length > 0 ? polls.reduce((sum, t) => sum + t.wireBytes, 0) / polls.length : null,
      // Everything the page did over the run (GC included), shared out over its polls.
      meanPollMainThreadMs: polls.length > 0 ? ((endTask - startTask) * 1000) / polls.length : null,
    }
  } finally {
    await session.close()
  }
}
