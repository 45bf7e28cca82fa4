import type { Browser, BrowserContextOptions, Page } from '@playwright/test'
import { decodeInlineAnswers, INLINE_ANSWERS_ID } from '../../src/shared/inline-answers'
import type { RenderCount, WatchSpec } from './probe'
import {
  type Conditions,
  longestTask,
  mainThreadSeconds,
  openPage,
  type PageSession,
  probeState,
  sha,
  sleep,
  timeOrigin,
  type Transfer,
  waitQuiet,
  waitSeen,
} from './page-session'

export type Markers = {
  status: string
  /** The answer's first line: looked for in the Output panel only. */
  answerStart?: string
  answerEnd?: string
  lastMessage?: string
  /** More texts that make the first screen (a task page's title and first turn). */
  more?: Record<string, WatchSpec>
}

export const LOAD_TIMEOUT_MS = 120_000
const QUIET_MS = 1000

/** What must be on screen for the first screen to count as shown. */
export function firstScreenWatches(markers: Markers): Record<string, WatchSpec> {
  const watches: Record<string, WatchSpec> = {
    status: { text: markers.status, match: 'starts', where: 'viewport' },
  }
  if (markers.answerStart) {
    watches.answerStart = {
      text: markers.answerStart,
      match: 'contains',
      where: 'viewport',
      panel: 'Output',
    }
  }
  // The latest message may sit below the fold; it must be rendered and not scrolled out of its panel.
  if (markers.lastMessage) {
    watches.lastMessage = { text: markers.lastMessage, match: 'contains', where: 'layout' }
  }
  return { ...watches, ...markers.more }
}

export type RawResult = { paintedMs: number | null; lcpMs: number | null; longestTaskMs: number }

/** The browser's own view of the raw JSON: its text painted after the load event. */
export async function measureRawJson(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  conditions: Conditions = {},
): Promise<RawResult> {
  // /api answers carry `Content-Security-Policy: sandbox`, under which the probe's frame
  // callbacks never run; bypassing the policy changes nothing the browser lays out or paints.
  const session = await openPage(
    browser,
    { ...options, bypassCSP: true },
    url,
    { watches: {}, rawText: true },
    undefined,
    conditions,
  )
  try {
    const seen = await waitSeen(session.page, ['rawText'], LOAD_TIMEOUT_MS)
    // The paint's LCP entry reaches observers a moment after the frame that painted it.
    let state = await probeState(session.page)
    for (let tries = 0; state.lcp === null && tries < 20; tries++) {
      await sleep(100)
      state = await probeState(session.page)
    }
    return {
      paintedMs: seen?.rawText ?? null,
      lcpMs: state.lcp,
      longestTaskMs: longestTask(state.longTasks, 0),
    }
  } finally {
    await session.close()
  }
}

export type PollResult = {
  unchanged: boolean
  status: number
  wireBytes: number
  mainThreadMs: number
  rendered: RenderCount
}

export type ScriptBytes = { wire: number; body: number; files: number }

export type AppLoadResult = {
  firstScreenMs: number | null
  parts: Record<string, number>
  lcpMs: number | null
  /** Total blocking time: each long task's time past 50 ms, from the first paint until quiet. */
  tbtMs: number | null
  loadingLongestTaskMs: number
  /** When the last long task before the page went quiet ended: a page busy until then is not responsive. */
  loadingLastTaskEndMs: number | null
  /** Scripts requested before the first screen, and the markdown worker's whenever it came. */
  scripts: ScriptBytes
  /** Every script the page asked for until it was quiet: what the whole app took. */
  appScripts: ScriptBytes
  poll: PollResult | null
}

const isScript = (t: Transfer) => t.mimeType.includes('javascript') || /\.m?js(\?|$)/.test(t.url)
export const isWorkerApi = (url: string) => /\/api\/workers\/[^/?]+(\?|$)/.test(url)

/** The scripts a first screen needed: the page's before it, and the workers' it started. */
async function scriptsForFirstScreen(session: PageSession, firstScreenMs: number | null) {
  const cutoff = (await timeOrigin(session.page)) + (firstScreenMs ?? Number.POSITIVE_INFINITY)
  const workers = [...new Set(session.workerScripts)]
  const scripts = session.transfers.filter(
    (t) => isScript(t) && t.sentAt <= cutoff && !workers.includes(t.url),
  )
  // A worker's own script shows in the page's DevTools session with only its headers' size
  // (the body goes to the worker's thread): it counts with what the server sends for it.
  const workerWire = await Promise.all(workers.map(wireSize))
  return {
    wire: scripts.reduce((sum, t) => sum + t.wireBytes, 0) + workerWire.reduce((a, b) => a + b, 0),
    body: scripts.reduce((sum, t) => sum + t.bodyBytes, 0),
    files: scripts.length + workers.length,
  }
}

/** What the server sends for a script to a browser that accepts brotli: its bytes on the wire. */
async function wireSize(url: string): Promise<number> {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'br, gzip' } })
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > 0) {
    await response.body?.cancel()
    return declared
  }
  return (await response.arrayBuffer()).byteLength
}

function totalBlockingTime(
  tasks: ReadonlyArray<{ start: number; duration: number }>,
  from: number | null,
  to: number,
): number | null {
  if (from === null) return null
  return tasks
    .filter((t) => t.start >= from && t.start < to)
    .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)
}

/**
 * A first visit to a run page: first screen, LCP and blocking time until the page is quiet, the
 * scripts it needed, then (if asked) an unchanged poll.
 */
export async function measureAppPage(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  markers: Markers,
  steps: { poll: boolean; conditions?: Conditions },
): Promise<AppLoadResult> {
  const firstScreen = firstScreenWatches(markers)
  // The body of the first worker response, to tell whether a poll brought anything new.
  let firstBody: Promise<Buffer | null> = Promise.resolve(null)
  const session = await openPage(
    browser,
    options,
    url,
    { watches: firstScreen, rawText: false },
    (page) => {
      const fetched = page
        .waitForResponse((r) => isWorkerApi(r.url()), { timeout: LOAD_TIMEOUT_MS })
        .then((r) => r.body())
      firstBody = Promise.race([fetched, bodyInPage(page)]).catch(() => null)
    },
    steps.conditions,
  )
  try {
    const seen = await waitSeen(session.page, Object.keys(firstScreen), LOAD_TIMEOUT_MS)
    const parts = seen
      ? Object.fromEntries(Object.keys(firstScreen).map((k) => [k, seen[k] as number]))
      : {}
    const firstScreenMs = seen ? Math.max(...Object.values(parts)) : null
    const quietAt = await waitQuiet(session, QUIET_MS, 30_000)
    const state = await probeState(session.page)
    const result: AppLoadResult = {
      firstScreenMs,
      parts,
      lcpMs: state.lcp,
      tbtMs: totalBlockingTime(state.longTasks, state.fcp, quietAt),
      loadingLongestTaskMs: longestTask(state.longTasks, 0, quietAt),
      loadingLastTaskEndMs: lastTaskEnd(state.longTasks, quietAt),
      scripts: await scriptsForFirstScreen(session, firstScreenMs),
      appScripts: await scriptsForFirstScreen(session, null),
      poll: null,
    }
    if (steps.poll) result.poll = await measureUnchangedPoll(session, await firstBody)
    return result
  } finally {
    await session.close()
  }
}

/**
 * The worker's body when the page came with it (its first screen drawn by the server, the
 * answers inside: shared/inline-answers.ts); never settles when it did not.
 */
function bodyInPage(page: Page): Promise<Buffer> {
  return new Promise((resolve) => {
    page
      .waitForResponse((r) => r.request().resourceType() === 'document', {
        timeout: LOAD_TIMEOUT_MS,
      })
      .then((r) => r.text())
      .then((html) => {
        const json = new RegExp(`id="${INLINE_ANSWERS_ID}">([^<]*)<`).exec(html)?.[1]
        const answer = decodeInlineAnswers(json ?? '').find((a) => isWorkerApi(a.url))
        if (answer) resolve(Buffer.from(answer.text))
      })
      .catch(() => {})
  })
}

/**
 * What a user does to refresh: click the Refresh button, or press the `r` shortcut if there is
 * no button. The button is found before the measured window and clicked at its place, so the
 * test driver's own checks in the page do not count as the page's work.
 */
async function prepareRefresh(page: Page): Promise<() => Promise<void>> {
  const button = page.getByRole('button', { name: /^refresh/i }).first()
  if ((await button.count()) === 0) return () => page.keyboard.press('r')
  await button.scrollIntoViewIfNeeded()
  const box = await button.boundingBox()
  if (!box) return () => button.click()
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

async function measureUnchangedPoll(session: PageSession, firstBody: Buffer | null) {
  const { page, cdp } = session
  const refresh = await prepareRefresh(page)
  const before = await mainThreadSeconds(cdp)
  const transfersBefore = session.transfers.length
  await page.evaluate(() => Reflect.get(window, '__bench').arm())
  const response = page.waitForResponse((r) => isWorkerApi(r.url()), { timeout: 60_000 })
  await refresh()
  const polled = await response
  const body = await polled.body().catch(() => null)
  await waitQuiet(session, 500, 20_000)
  const rendered: RenderCount = await page.evaluate(() => Reflect.get(window, '__bench').disarm())
  const after = await mainThreadSeconds(cdp)
  const api = session.transfers.slice(transfersBefore).filter((t) => isWorkerApi(t.url))
  return {
    unchanged:
      polled.status() === 304 ||
      (body !== null && firstBody !== null && sha(body) === sha(firstBody)),
    status: polled.status(),
    wireBytes: api.reduce((sum, t) => sum + t.wireBytes, 0),
    mainThreadMs: (after - before) * 1000,
    rendered,
  }
}

export function lastTaskEnd(
  tasks: ReadonlyArray<{ start: number; duration: number }>,
  before: number,
) {
  const ends = tasks.filter((t) => t.start < before).map((t) => t.start + t.duration)
  return ends.length > 0 ? Math.max(...ends) : null
}
