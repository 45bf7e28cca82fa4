import type { Browser, BrowserContextOptions, Page } from '@playwright/test'
import { firstScreenWatches, LOAD_TIMEOUT_MS, type Markers } from './measure-page'
import {
  longestTask,
  now,
  openPage,
  type PageSession,
  probeState,
  sleep,
  waitQuiet,
  waitSeen,
  watch,
} from './page-session'

/*
 * The end of a long answer, reached the way a reader does, acting the moment the first screen is
 * there (not once the page is quiet): by scrolling (or pressing End) every 250 ms until the last
 * sentence is inside the window, or by the page's own search. Each in a fresh cold page.
 */
export type EndResult = {
  /** Page time (from navigation) when the last sentence was first inside the window. */
  ms: number | null
  firstScreenMs: number | null
  actions: number
  /** What one action was, as the page offered it. */
  action: string
  /** From the first action until the page is quiet again. */
  longestTaskMs: number
  /** How far the last sentence moved on screen after it was first shown, until quiet. */
  shiftPx: number | null
  /** Whether it left the window again after it was shown. */
  leftWindow: boolean
}

const ACT_EVERY_MS = 250
const GIVE_UP_MS = 60_000

async function untilFirstScreen(session: PageSession, markers: Markers) {
  const names = Object.keys(firstScreenWatches(markers))
  const seen = await waitSeen(session.page, names, LOAD_TIMEOUT_MS, 20)
  return seen ? Math.max(...names.map((name) => seen[name] as number)) : null
}

async function openAtFirstScreen(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  markers: Markers,
) {
  const session = await openPage(browser, options, url, {
    watches: firstScreenWatches(markers),
    rawText: false,
  })
  return { session, firstScreenMs: await untilFirstScreen(session, markers) }
}

/** Scroll to the end of the answer (or press End) every 250 ms until its last sentence shows. */
export async function measureEndByScroll(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  markers: Markers & { answerEnd: string },
): Promise<EndResult> {
  const { session, firstScreenMs } = await openAtFirstScreen(browser, options, url, markers)
  const { page } = session
  const result: EndResult = {
    ms: null,
    firstScreenMs,
    actions: 0,
    action: 'none',
    longestTaskMs: 0,
    shiftPx: null,
    leftWindow: false,
  }
  try {
    if (firstScreenMs === null) return result
    await watch(page, 'answerEnd', {
      text: markers.answerEnd,
      match: 'contains',
      where: 'viewport',
    })
    const start = await now(page)
    const deadline = Date.now() + GIVE_UP_MS
    while (Date.now() < deadline) {
      if (await waitSeen(page, ['answerEnd'], 0)) break
      result.action = await scrollToEndOfOutput(page)
      result.actions++
      if (await waitSeen(page, ['answerEnd'], ACT_EVERY_MS, 25)) break
    }
    const seen = await waitSeen(page, ['answerEnd'], 0)
    result.ms = seen?.answerEnd ?? null
    if (result.ms !== null) Object.assign(result, await holdsItsPlace(session, markers.answerEnd))
    const state = await probeState(page)
    result.longestTaskMs = longestTask(state.longTasks, start)
    return result
  } finally {
    await session.close()
  }
}

export type SearchResult = {
  ms: number | null
  firstScreenMs: number | null
  reached: boolean
  longestTaskMs: number
}

/** Ctrl+F (the page's run-wide search), the answer's last sentence, Enter: until it shows. */
export async function measureEndBySearch(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  markers: Markers & { answerEnd: string },
): Promise<SearchResult> {
  const { session, firstScreenMs } = await openAtFirstScreen(browser, options, url, markers)
  const { page } = session
  try {
    if (firstScreenMs === null) {
      return { ms: null, firstScreenMs, reached: false, longestTaskMs: 0 }
    }
    await watch(page, 'answerEnd', {
      text: markers.answerEnd,
      match: 'contains',
      where: 'viewport',
    })
    const start = await now(page)
    await openPageSearch(page)
    // Typed as keys go, to whatever has the focus: the app may replace the first screen's box
    // while the reader types, and carries on in its own (a fill would write into the old one).
    await page.keyboard.type(markers.answerEnd)
    await page.keyboard.press('Enter')
    const seen = await waitSeen(page, ['answerEnd'], GIVE_UP_MS, 25)
    await waitQuiet(session, 500, 20_000)
    const state = await probeState(page)
    return {
      ms: seen?.answerEnd ?? null,
      firstScreenMs,
      reached: seen !== null,
      longestTaskMs: longestTask(state.longTasks, start),
    }
  } finally {
    await session.close()
  }
}

/**
 * Ctrl+F until the page's own search box has the focus, again every 250 ms as a user would try
 * again: a first screen drawn by the server is there before the script that answers the key.
 */
async function openPageSearch(page: Page): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS
  const typing = () =>
    page.evaluate(() => {
      const focused = document.activeElement
      return focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement
    })
  do {
    await page.keyboard.press('Control+f')
    if (await typing()) return
    await sleep(250)
  } while (Date.now() < deadline)
}

/**
 * Follows the last sentence on screen, frame by frame, from the moment it was shown until the
 * page is quiet (capped): how far it moved, and whether it left the window. Each frame is sampled
 * as it is painted: after layout and after the page's own resize observers (which may scroll to
 * hold a place), through a resize observer made anew each frame, so after them however young.
 */
async function holdsItsPlace(session: PageSession, text: string) {
  await session.page.evaluate((needle) => {
    const find = () =>
      document.evaluate(
        `.//text()[contains(., ${JSON.stringify(needle)})]`,
        document.body,
        null,
        XPathResult.FIRST_ORDERED_NODE_TYPE,
        null,
      ).singleNodeValue
    const top = (node: Node | null) => {
      if (!(node instanceof Text)) return null
      const at = node.data.indexOf(needle)
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      const rect = range.getBoundingClientRect()
      return rect.height > 0 ? rect.top : null
    }
    let node = find()
    // Taken at the first painted frame: read now, in a task, the layout may be one that the
    // page corrects before it is painted.
    let first: number | null | undefined
    const tracked = { shiftPx: 0, leftWindow: false, running: true }
    Reflect.set(window, '__endTracker', tracked)
    const ticker = document.createElement('div')
    ticker.style.cssText = 'position:fixed;left:0;top:0;height:1px;width:1px;visibility:hidden'
    document.body.append(ticker)
    const sample = () => {
      if (!node?.isConnected) node = find()
      const y = top(node)
      if (first === undefined) first = y
      if (y === null || y < 0 || y > innerHeight) tracked.leftWindow = true
      if (y !== null && first !== null) {
        tracked.shiftPx = Math.max(tracked.shiftPx, Math.abs(y - first))
      }
    }
    // A new observer each frame: observers are called in the order they were made, and the
    // page's own (which may scroll to hold a place) can be younger than this measurement, for
    // example when the app takes over a first screen drawn by the server.
    const frame = () => {
      if (!tracked.running) return ticker.remove()
      const last = new ResizeObserver(() => {
        last.disconnect()
        sample()
      })
      last.observe(ticker)
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }, text)
  await waitQuiet(session, 1000, 20_000)
  return session.page.evaluate(() => {
    const tracked = Reflect.get(window, '__endTracker') as {
      shiftPx: number
      leftWindow: boolean
      running: boolean
    }
    tracked.running = false
    return { shiftPx: Math.round(tracked.shiftPx), leftWindow: tracked.leftWindow }
  })
}

/** One reader's action toward the end of the answer: the Output panel's own scroller, or the page. */
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
