import { carrySearch } from '@/components/search/carried-search'
import { textEndTop } from '@/lib/text-end'
import { FIRST_SEARCH_ATTRIBUTE, FIRST_SEARCH_TYPING } from '@/shared/first-screen-search'

/**
 * What the reader did on the server's first screen, kept as the app replaces it: their place at
 * the answer's end, and their search. Call just before the app renders into `root`.
 */
export function handOverFirstScreen(root: HTMLElement): void {
  keepAnswerEndInPlace(root)
  const search = root.querySelector<HTMLElement>(`[${FIRST_SEARCH_ATTRIBUTE}]`)
  const input = search?.querySelector('input')
  // Read by the run's search as it renders and as it commits: the reader may type until then.
  if (search && input) carrySearch(() => (search.hidden ? null : input.value))
}

/** How long the app waits, at most, for a reader typing in the first screen's search box. */
const TYPING_WAIT_MS = 2_000

/**
 * Settles once the reader is not typing in the first screen's search box (Enter sent the query,
 * or the box lost the focus), or after 2 s: the app does not replace a field under someone's
 * fingers, and their query then finds its match on the screen they are looking at.
 */
export function untilNotTyping(root: HTMLElement): Promise<void> {
  const box = root.querySelector(`[${FIRST_SEARCH_ATTRIBUTE}]`)
  if (!box?.hasAttribute(FIRST_SEARCH_TYPING)) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    }
    const observer = new MutationObserver(() => {
      if (!box.hasAttribute(FIRST_SEARCH_TYPING)) done()
    })
    observer.observe(box, { attributes: true, attributeFilter: [FIRST_SEARCH_TYPING] })
    const timer = setTimeout(done, TYPING_WAIT_MS)
  })
}

/*
 * The server's first screen shows the start and the end of a long answer
 * (components/first-screen), and a reader may scroll it before the app takes over. One who
 * went to the answer's end keeps it: once the app's answer is in the page, the window scrolls
 * so that its last line is where the first screen's was, in the next frame before it is painted.
 * From there the answer holds its own end (use-hold-end.ts). A reader anywhere else keeps the
 * window's offset, which the app's layout matches.
 *
 * Nothing here reads the layout in React's commit: a read there would lay out the whole new page
 * inside the commit's task, one long task instead of two (the commit, then the frame). A reader
 * who has not scrolled, or whose end is off screen, costs no layout at all.
 */
const ANSWER = '[data-document="output"]'

function keepAnswerEndInPlace(root: HTMLElement): void {
  const drawn = root.querySelector(ANSWER)
  if (!drawn) return
  // Read while the screen is still the server's (laid out once already). The reader may still
  // scroll before the app commits (its first render runs in slices): scroll events say where.
  let offset = window.scrollY
  const endInDocument = textEndTop(drawn) + offset
  const viewHeight = document.documentElement.clientHeight
  const onScroll = () => {
    offset = window.scrollY
  }
  window.addEventListener('scroll', onScroll, { passive: true })
  const observer = new MutationObserver(() => {
    if (drawn.isConnected) return
    // The app's first commit: where the end was on screen as the server's screen went.
    observer.disconnect()
    window.removeEventListener('scroll', onScroll)
    const before = endInDocument - offset
    if (offset === 0 || before < 0 || before > viewHeight) return
    // Before the commit's first paint, with the layout that frame makes anyway.
    requestAnimationFrame(() => {
      const answer = root.querySelector(ANSWER)
      if (answer) window.scrollBy(0, textEndTop(answer) - before)
    })
  })
  observer.observe(root, { childList: true, subtree: true })
}
