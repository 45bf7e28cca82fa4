import { useEffect, useState } from 'react'
import { formatAgo } from '@/lib/format'

/** The current time, refreshed every `intervalMs`: one clock for a whole list, not one a row. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(id)
  }, [intervalMs])
  return now
}

/** "5 min ago", the exact date and time on hover, as timestamps read across the app. */
export function RelativeTime({ date, now }: { date: Date | null; now: number }) {
  if (!date) return <span className="text-slate-600 dark:text-slate-400">—</span>
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString()} className="tabular-nums">
      {formatAgo(date.getTime(), Math.max(now, date.getTime()))}
    </time>
  )
}
