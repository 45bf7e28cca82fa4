import { useLayoutEffect, useRef } from 'react'
import { formatAgo } from '@/lib/format'
import { formatUntil } from './zoned-time'

/*
 * Relative times ("5 min ago", "in 2 h 14 min") that keep moving without rendering React: one
 * shared timer rewrites their text every half minute. A list of fifty runs does not render
 * again each minute for that, and a poll that brings nothing new renders nothing here.
 */
type Kind = 'ago' | 'until'
type Entry = { at: number; kind: Kind }

const TICK_MS = 30_000
const shown = new Map<Element, Entry>()
let timer: ReturnType<typeof setInterval> | null = null

function text({ at, kind }: Entry, now: number): string {
  return kind === 'ago' ? formatAgo(at, Math.max(now, at)) : formatUntil(at, now)
}

function paint(element: Element, entry: Entry, now: number) {
  const value = text(entry, now)
  if (element.textContent !== value) element.textContent = value
}

function tick() {
  const now = Date.now()
  for (const [element, entry] of shown) paint(element, entry, now)
}

/** "5 min ago" (or "in 2 h", "due 5 min ago"), kept current; the exact moment on hover. */
export function RelativeTime({
  at,
  kind = 'ago',
  title,
}: {
  /** Epoch milliseconds; null shows a dash. */
  at: number | null
  kind?: Kind
  /** What hovering shows; the local date and time unless given. */
  title?: string
}) {
  const ref = useRef<HTMLTimeElement>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || at === null) return
    const entry = { at, kind }
    shown.set(element, entry)
    paint(element, entry, Date.now())
    timer ??= setInterval(tick, TICK_MS)
    return () => {
      shown.delete(element)
      if (shown.size === 0 && timer !== null) {
        clearInterval(timer)
        timer = null
      }
    }
  }, [at, kind])
  if (at === null) return <span className="text-slate-600 dark:text-slate-400">—</span>
  const date = new Date(at)
  // Its text is written by the effect above (and the timer), never by React.
  return (
    <time
      ref={ref}
      dateTime={date.toISOString()}
      title={title ?? date.toLocaleString()}
      className="tabular-nums"
    />
  )
}
