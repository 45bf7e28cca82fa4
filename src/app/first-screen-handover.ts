import { carrySearch } from '@/components/search/carried-search'
import { textEndTop } from '@/lib/text-end'
import { FIRST_SEARCH_ATTRIBUTE } from '@/shared/first-screen-search'

/**
 * What the reader did on the server's first screen, kept as the app replaces it: their place at
 * the answer's end, and their search. Call just before the app renders into `root`.
 */
export function handOverFirstScreen(root: HTMLElement): void {
  keepAnswerEndInPlace(root)
  const search = root.querySelector<HTMLElement>(`[${FIRST_SEARCH_ATTRIBUTE}]`)
  const input = search?.querySelector('input')
  if (search && input && !search.hidden) carrySearch(input.value)
}

/*
 * The server's first screen shows the start and the end of a long answer
 * (components/first-screen), and a reader may scroll it before the app takes over. One who
 * went to the answer's end keeps it: once the app's answer is in the page, the window scrolls
 * so that its last line is where the first screen's was, in the same task as React's commit,
 * before anything is painted. From there the answer holds its own end (use-hold-end.ts).
 * A reader anywhere else keeps the window's offset, which the app's layout matches.
 */
const ANSWER = '[data-document="output"]'
/** Long enough for the app's answer to appear after its route has started rendering. */
const GIVE_UP_MS = 10_000

function keepAnswerEndInPlace(root: HTMLElement): void {
  const drawn = root.querySelector(ANSWER)
  if (!drawn) return
  const before = textEndTop(drawn)
  if (before < 0 || before > document.documentElement.clientHeight) return
  const observer = new MutationObserver(() => {
    const answer = root.querySelector(ANSWER)
    if (!answer || answer === drawn || !answer.isConnected) return
    stop()
    window.scrollBy(0, textEndTop(answer) - before)
  })
  const timer = setTimeout(() => stop(), GIVE_UP_MS)
  // The reader who scrolls on after the swap has chosen another place.
  const onWheel = () => stop()
  const stop = () => {
    observer.disconnect()
    clearTimeout(timer)
    window.removeEventListener('wheel', onWheel)
    window.removeEventListener('keydown', onWheel)
  }
  observer.observe(root, { childList: true, subtree: true })
  window.addEventListener('wheel', onWheel, { passive: true })
  window.addEventListener('keydown', onWheel)
}
