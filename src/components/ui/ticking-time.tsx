import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { formatAgo, formatDateTime, formatElapsed } from '@/lib/format'
import { onEverySecond } from '@/lib/second-ticker'

/** What a clock shows at a given moment: its words, and the attributes that go with them. */
export type ClockFace = { text: string; dateTime?: string; title?: string }

/*
 * Clocks that tick once a second write their one text node themselves instead of rendering
 * through React: a tick costs a string comparison, and a write of the node's characters only
 * when the words change ("3 s ago" → "4 s ago"), never a React commit. React renders the
 * element; the text is theirs.
 */
export function useTickingText(
  write: (now: number) => ClockFace,
): React.RefObject<HTMLTimeElement | null> {
  const ref = useRef<HTMLTimeElement>(null)
  // Before paint, so the first frame already has the words.
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const update = (now: number) => {
      const { text, dateTime, title } = write(now)
      const node = element.firstChild
      // The same text node keeps its place: only its characters change.
      if (node instanceof Text && node === element.lastChild) {
        if (node.data !== text) node.data = text
      } else {
        element.textContent = text
      }
      if (dateTime !== undefined && element.dateTime !== dateTime) element.dateTime = dateTime
      if (title !== undefined && element.title !== title) element.title = title
    }
    update(Date.now())
    return onEverySecond(update)
  }, [write])
  return ref
}

/**
 * The face of an "ago" clock of the time `readAt` gives at each tick; ages under `recentMs`
 * read "just now".
 */
function agoFace(readAt: () => number, recentMs: number): (now: number) => ClockFace {
  // The date's two renderings change only with the time itself, not every second.
  let shown: { at: number; dateTime: string; title: string } | null = null
  return (now) => {
    const at = readAt()
    if (shown?.at !== at) {
      const date = new Date(at)
      shown = { at, dateTime: date.toISOString(), title: formatDateTime(date) }
    }
    const text = now - at < recentMs ? formatAgo(at, at) : formatAgo(at, Math.max(now, at))
    return { text, dateTime: shown.dateTime, title: shown.title }
  }
}

/**
 * "3 s ago" of a time that may change under it: read at every tick, so a new time shows at the
 * next tick (within a second) and costs neither a React render nor a frame of its own. For a
 * time confirmed every few seconds, such as a live view's last update. Ages under `recentMs`
 * (1 s unless told) read "just now".
 */
export function AgoOf({ readAt, recentMs = 1000 }: { readAt: () => number; recentMs?: number }) {
  const ref = useTickingText(useMemo(() => agoFace(readAt, recentMs), [readAt, recentMs]))
  return <time ref={ref} className="tabular-nums" />
}

/** "3 s ago", ticking; the full date and time on hover. */
export function Ago({ at }: { at: number }) {
  return <AgoOf readAt={useCallback(() => at, [at])} />
}

/** Time since `from`, ticking, for a run that is still going. */
export function Elapsed({ from }: { from: Date }) {
  const fromMs = from.getTime()
  const ref = useTickingText(
    useMemo(
      () => (now: number) => {
        const ms = Math.max(0, now - fromMs)
        return { text: formatElapsed(ms), dateTime: `PT${Math.floor(ms / 1000)}S` }
      },
      [fromMs],
    ),
  )
  return <time ref={ref} title={`Since ${formatDateTime(from)}`} className="tabular-nums" />
}
