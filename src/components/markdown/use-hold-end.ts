import { type RefObject, useEffect } from 'react'
import { textEndTop } from '@/lib/text-end'

/*
 * While the reader looks at the end of a long document (its start scrolled above the window, its
 * end inside it), the end stays where it is on screen when the document changes height: pages
 * mounted around the window, chunks parsed that replace their plain text, placeholders taking
 * their real height. The browser's own scroll anchoring keeps the first visible element in place
 * instead, so a change between that element and the end (the end's own chunk being parsed)
 * would still move the end.
 *
 * The end is the last line of text of the document's last page, or the document's bottom edge
 * while that page is not mounted. Its place is noted whenever the reader scrolls and after
 * each correction; a ResizeObserver, which runs after layout and before paint, scrolls by however
 * far the end moved, so the moved end is never painted.
 */
export function useHoldEnd(container: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const element = container.current
    if (!enabled || !element || typeof ResizeObserver === 'undefined') return
    // Looked up once the page is laid out (the observer's first call), never forcing a layout
    // while the page is being built.
    let scroller: HTMLElement | null = null
    let events: EventTarget | null = null
    const offset = () => (scroller ? scroller.scrollTop : window.scrollY)
    let held: number | null = null
    let notedAt = Number.NaN
    // The document's edges and end when noted, in the scroller's own coordinates (their place on
    // screen plus the offset): a scroll whose event has not come yet can be replayed on them.
    let noted: { top: number; bottom: number; end: number } | null = null
    const note = () => {
      const box = element.getBoundingClientRect()
      const end = textEndTop(element)
      notedAt = offset()
      noted = { top: box.top + notedAt, bottom: box.bottom + notedAt, end: end + notedAt }
      held = atEnd(box, viewOf(scroller)) ? end : null
      // While the end is held here, the browser's own anchoring stays out of this document, so
      // nothing else scrolls for its changes.
      const anchoring = held === null ? '' : 'none'
      if (element.style.overflowAnchor !== anchoring) element.style.overflowAnchor = anchoring
    }
    // A scroll event can arrive a frame late, after the document changed and before the observer
    // below has put the end back: one that finds the offset where it was noted is stale.
    const onScroll = () => {
      if (offset() !== notedAt) note()
    }
    const observer = new ResizeObserver(() => {
      if (!events) {
        scroller = scrollParent(element)
        events = scroller ?? window
        events.addEventListener('scroll', onScroll, { passive: true })
      }
      // The reader scrolled (to the end, say) and the document changed before that scroll's
      // event came: where the document was right after the scroll, before the change, says
      // whether they went to its end.
      const at = offset()
      if (held === null && noted && at !== notedAt) {
        const box = { top: noted.top - at, bottom: noted.bottom - at }
        held = atEnd(box, viewOf(scroller)) ? noted.end - at : null
      }
      if (held !== null) {
        const moved = textEndTop(element) - held
        if (moved !== 0) (scroller ?? window).scrollBy(0, moved)
      }
      note()
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      events?.removeEventListener('scroll', onScroll)
      element.style.overflowAnchor = ''
    }
  }, [container, enabled])
}

/** The nearest ancestor that scrolls vertically, or null for the window. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(box).overflowY)) return box
  }
  return null
}

type Edges = { top: number; bottom: number }

/** What the reader sees: the scroller's box, or the window. */
function viewOf(scroller: HTMLElement | null): Edges {
  return scroller
    ? scroller.getBoundingClientRect()
    : { top: 0, bottom: document.documentElement.clientHeight }
}

/** Whether the reader is at the end of a document they scrolled into (its start above them). */
function atEnd(box: Edges, view: Edges): boolean {
  return box.top < view.top && box.bottom <= view.bottom && box.bottom > view.top
}
