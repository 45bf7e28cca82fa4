import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Worker } from '@/api/worker/schema'
import { carriedSearch, forgetCarriedSearch } from './carried-search'
import { type SearchIndex, buildSearchIndex } from './search-index'
import { clearHighlights } from './search-highlight'
import { type SearchResult, findMatches } from './search-match'
import { repaint, showMatch } from './show-match'

/* Typing pauses this long before the run is scanned, so fast typing scans once. */
const DEBOUNCE_MS = 120

/** Fields where letters are typed, so `n` and `N` must not step through matches there. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  )
}

export type RunSearch = ReturnType<typeof useRunSearch>

/**
 * The state of the run-wide search: open or not, the query, the index (built when the search
 * first opens, again when the data changes), the matches and which one is shown.
 */
export function useRunSearch(worker: Worker, rootId: string) {
  // A query typed on the server's first screen: the search opens with it.
  const [carried] = useState(carriedSearch)
  const [open, setOpen] = useState(carried !== null)
  const [query, setQuery] = useState(carried ?? '')
  const [settled, setSettled] = useState('')
  const [built, setBuilt] = useState<{ worker: Worker; index: SearchIndex } | null>(null)
  const [active, setActive] = useState(0)
  // Bumped when the user asks for a match (new query, next, previous), not when a poll
  // changes the data: a live run must not yank the view back on every poll.
  const [step, setStep] = useState(0)
  // Bumped to ask the field to take focus (Ctrl-F while it is already open, for one), with its
  // text selected, or with the caret after a query carried from the first screen, where the
  // reader may still be typing.
  const [focusRequest, setFocusRequest] = useState(() => ({
    count: carried === null ? 0 : 1,
    select: carried === null,
  }))
  const returnFocus = useRef<Element | null>(null)
  const shown = useRef<Range | null>(null)

  // The first screen's box stays under the reader's fingers until React commits this search,
  // which a render in slices may do a good while after it read the box: what was typed (or
  // opened) since is read again here, before the app's box is painted in its place.
  useLayoutEffect(() => {
    const latest = carriedSearch()
    forgetCarriedSearch()
    if (latest === null || latest === carried) return
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the box is outside React, read once at commit; one more render before the first paint
    setOpen(true)
    setQuery(latest)
    setFocusRequest((request) => ({ count: request.count + 1, select: false }))
  }, [carried])

  useEffect(() => {
    if (!open || built?.worker === worker) return
    const controller = new AbortController()
    void buildSearchIndex(worker, controller.signal).then((index) => {
      if (index) setBuilt({ worker, index })
    })
    return () => controller.abort()
  }, [open, worker, built])

  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(query)
      setActive(0)
      setStep((s) => s + 1)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query])

  const result: SearchResult | null = useMemo(
    () => (built ? findMatches(built.index, settled) : null),
    [built, settled],
  )
  const total = result?.matches.length ?? 0
  const current = total === 0 ? 0 : Math.min(active, total - 1)
  const answerLower = built?.index[0]?.text ?? ''

  const go = useEffectEvent((signal: AbortSignal) => {
    const root = document.getElementById(rootId)
    const match = result?.matches[current]
    if (!open || !root || !match) {
      shown.current = null
      clearHighlights()
      return
    }
    void showMatch(match, settled, answerLower, root, signal).then((found) => {
      if (found) shown.current = found.active
    })
  })

  const ready = built !== null
  useEffect(() => {
    const controller = new AbortController()
    go(controller.signal)
    return () => controller.abort()
  }, [step, ready])

  // Items mount as the page scrolls; paint their matches too.
  const paintMounted = useEffectEvent(() => {
    const root = document.getElementById(rootId)
    if (root && open && settled.trim()) repaint(root, settled, shown.current)
  })
  useEffect(() => {
    const root = document.getElementById(rootId)
    if (!open || !root || typeof MutationObserver !== 'function') return
    let frame = 0
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => paintMounted())
    })
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [open, rootId])

  function openSearch() {
    if (!open) returnFocus.current = document.activeElement
    setOpen(true)
    setFocusRequest((request) => ({ count: request.count + 1, select: true }))
  }

  function close() {
    setOpen(false)
    clearHighlights()
    shown.current = null
    const back = returnFocus.current
    if (back instanceof HTMLElement && back.isConnected) back.focus()
  }

  function move(by: 1 | -1) {
    if (total === 0) return
    setActive((current + by + total) % total)
    setStep((s) => s + 1)
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const modifier = event.ctrlKey || event.metaKey
    if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
      event.preventDefault()
      openSearch()
      return
    }
    if (!open || modifier || event.altKey || isTextField(event.target)) return
    if (event.key === 'n' || event.key === 'N') {
      event.preventDefault()
      move(event.key === 'N' ? -1 : 1)
    } else if (event.key === 'Escape') {
      close()
    }
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event)
    window.addEventListener('keydown', listener)
    return () => {
      window.removeEventListener('keydown', listener)
      clearHighlights()
    }
  }, [])

  return {
    open,
    query,
    setQuery,
    result,
    current,
    indexing: open && !ready,
    focusRequest,
    openSearch,
    close,
    next: () => move(1),
    previous: () => move(-1),
  }
}
