import { useMemo } from 'react'
import { useTickingText } from '@/components/ui/ticking-time'
import { formatAgo, formatDateTime } from '@/lib/format'
import { formatUntil } from './zoned-time'

/*
 * Relative times ("5 min ago", "in 2 h 14 min") kept current the way every clock of the page
 * is (components/ui/ticking-time): their text is rewritten by the one shared timer, so a list
 * of fifty runs never renders again for it, and a poll that brings nothing new renders nothing.
 */
type Kind = 'ago' | 'until'

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
  if (at === null) return <span className="text-slate-600 dark:text-slate-400">—</span>
  return <Moving at={at} kind={kind} title={title} />
}

function Moving({ at, kind, title }: { at: number; kind: Kind; title?: string }) {
  const ref = useTickingText(
    useMemo(
      () => (now: number) => ({
        text: kind === 'ago' ? formatAgo(at, Math.max(now, at)) : formatUntil(at, now),
      }),
      [at, kind],
    ),
  )
  const date = new Date(at)
  return (
    <time
      ref={ref}
      dateTime={date.toISOString()}
      title={title ?? formatDateTime(date)}
      className="tabular-nums"
    />
  )
}
