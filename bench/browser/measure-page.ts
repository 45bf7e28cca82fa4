import type { Browser, BrowserContextOptions, Page } from '@playwright/test'
import type { RenderCount, WatchSpec } from './probe'
import {
  longestTask,
  mainThreadSeconds,
  now,
  openPage,
  type PageSession,
  probeState,
  sha,
  type Transfer,
  waitQuiet,
  waitSeen,
  watch,
} from './page-session'

export type Markers = {
  status: string
  answerStart?: string
  answerEnd?: string
  lastMessage?: string
}

const LOAD_TIMEOUT_MS = 120_000
const QUIET_MS = 1000

/** The browser's own view of the raw JSON: its text painted after the load event. */
export async function measureRawJson(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
) {
  const session = await openPage(browser, options, url, { watches: {}, rawText: true })
  try {
    const seen = await waitSeen(session.page, ['rawText'], LOAD_TIMEOUT_MS)
    const state = await probeState(session.page)
    return {
      paintedMs: seen?.rawText ?? null,
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

export type AppLoadResult = {
  firstScreenMs: number | null
  parts: Record<string, number>
  loadingLongestTaskMs: number
  /** When the last long task before the page went quiet ended: a page busy until then is not responsive. */
  loadingLastTaskEndMs: number | null
  jsWireBytes: number
  jsBodyBytes: number
  poll: PollResult | null
  end: { ms: number | null; fromActionMs: number | null; longestTaskMs: number; actions: string[] }
}

const isScript = (t: Transfer) => t.mimeType.includes('javascript') || /\.m?js(\?|$)/.test(t.url)
const isWorkerApi = (url: string) => /\/api\/workers\/[^/?]+(\?|$)/.test(url)

/**
 * A first visit to a worker page: first screen, then (once the page is quiet) an unchanged poll,
 * then whatever the page asks of a user to see the end of the answer.
 */
export async function measureAppPage(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  markers: Markers,
  steps: { poll: boolean; end: boolean },
): Promise<AppLoadResult> {
  const firstScreen: Record<string, WatchSpec> = {
    status: { text: markers.status, match: 'starts', where: 'viewport' },
  }
  if (markers.answerStart) {
    firstScreen.answerStart = { text: markers.answerStart, match: 'contains', where: 'viewport' }
  }
  // The latest message may sit below the fold; it must be rendered and not scrolled out of its panel.
  if (markers.lastMessage) {
    firstScreen.lastMessage = { text: markers.lastMessage, match: 'contains', where: 'layout' }
  }
  // The body of the first worker response, to tell whether a poll brought anything new.
  let firstBody: Promise<Buffer | null> = Promise.resolve(null)
  const session = await openPage(
    browser,
    options,
    url,
    { watches: firstScreen, rawText: false },
    (page) => {
      firstBody = page
        .waitForResponse((r) => isWorkerApi(r.url()), { timeout: LOAD_TIMEOUT_MS })
        .then((r) => r.body())
        .catch(() => null)
    },
  )
  try {
    const seen = await waitSeen(session.page, Object.keys(firstScreen), LOAD_TIMEOUT_MS)
    const parts = seen
      ? Object.fromEntries(Object.keys(firstScreen).map((k) => [k, seen[k] as number]))
      : {}
    const firstScreenMs = seen ? Math.max(...Object.values(parts)) : null
    const quietAt = await waitQuiet(session, QUIET_MS, 30_000)
    const state = await probeState(session.page)
    const scripts = session.transfers.filter(isScript)
    const result: AppLoadResult = {
      firstScreenMs,
      parts,
      loadingLongestTaskMs: longestTask(state.longTasks, 0, quietAt),
      loadingLastTaskEndMs: lastTaskEnd(state.longTasks, quietAt),
      jsWireBytes: scripts.reduce((sum, t) => sum + t.wireBytes, 0),
      jsBodyBytes: scripts.reduce((sum, t) => sum + t.bodyBytes, 0),
      poll: null,
      end: { ms: null, fromActionMs: null, longestTaskMs: 0, actions: [] },
    }
    if (steps.poll) result.poll = await measureUnchangedPoll(session, await firstBody)
    if (steps.end && markers.answerEnd && firstScreenMs !== null) {
      result.end = await measureEndOfAnswer(session, markers.answerEnd, firstScreenMs)
    }
    return result
  } finally {
    await session.close()
  }
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

/**
 * The end of the answer, reached as a user would: press the Output panel's "show the full
 * output" button if it has one, and scroll to the end of the panel (its own scroller if it has
 * one, else the page) until the last sentence is in view. Times run from the first action.
 */
async function measureEndOfAnswer(session: PageSession, answerEnd: string, firstScreenMs: number) {
  const { page } = session
  const actions: string[] = []
  await watch(page, 'answerEnd', { text: answerEnd, match: 'contains', where: 'viewport' })
  const start = await now(page)
  const output = page.getByRole('region', { name: 'Output', exact: true })
  const expand = output.getByRole('button', { name: /full output|show all|show more|expand/i })
  if ((await expand.count()) > 0) {
    // Read before clicking: the button may be gone afterwards.
    const label = (await expand.first().textContent({ timeout: 1000 }))?.trim()
    await expand.first().click({ timeout: 60_000 })
    actions.push(`click "${label}"`)
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await waitSeen(page, ['answerEnd'], 3000)) break
    actions.push(await scrollToEndOfOutput(page))
  }
  const seen = await waitSeen(page, ['answerEnd'], LOAD_TIMEOUT_MS)
  await waitQuiet(session, 500, 20_000)
  const state = await probeState(page)
  const fromActionMs = seen?.answerEnd !== undefined ? seen.answerEnd - start : null
  return {
    fromActionMs,
    // As if the user acted the moment the first screen was there.
    ms: fromActionMs === null ? null : firstScreenMs + fromActionMs,
    longestTaskMs: longestTask(state.longTasks, start),
    actions,
  }
}

function scrollToEndOfOutput(page: Page): Promise<string> {
  return page.evaluate(() => {
    const section = Array.from(document.querySelectorAll('section')).find((s) => {
      const id = s.getAttribute('aria-labelledby')
      const name = (id && document.getElementById(id)?.textContent) || s.getAttribute('aria-label')
      return name?.trim() === 'Output'
    })
    if (!section) return 'no Output panel'
    const scrollers = Array.from(section.querySelectorAll('*')).filter((el) => {
      const style = getComputedStyle(el)
      return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1
    })
    const scroller = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0]
    if (scroller) {
      scroller.scrollTop = scroller.scrollHeight
      return 'scroll the Output panel to its end'
    }
    const bottom = section.getBoundingClientRect().bottom + scrollY
    scrollTo(0, Math.max(0, bottom - innerHeight))
    return 'scroll the page to the end of the Output panel'
  })
}

function lastTaskEnd(tasks: ReadonlyArray<{ start: number; duration: number }>, before: number) {
  const ends = tasks.filter((t) => t.start < before).map((t) => t.start + t.duration)
  return ends.length > 0 ? Math.max(...ends) : null
}
