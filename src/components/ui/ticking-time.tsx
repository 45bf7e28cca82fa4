import { useEffect, useState } from 'react'
import { formatAgo, formatElapsed } from '@/lib/format'

/** The current time, refreshed every second. Only the component that calls it re-renders. */
function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(id)
  }, [intervalMs])
  return now
}

/** "3 s ago", ticking; the full date and time on hover. */
export function Ago({ at }: { at: number }) {
  const now = useNow()
  const date = new Date(at)
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString()} className="tabular-nums">
      {formatAgo(at, Math.max(now, at))}
    </time>
  )
}

/** Time since `from`, ticking, for a run that is still going. */
export function Elapsed({ from }: { from: Date }) {
  const now = useNow()
  return (
    <time
      dateTime={`PT${Math.max(0, Math.floor((now - from.getTime()) / 1000))}S`}
      title={`Since ${from.toLocaleString()}`}
      className="tabular-nums"
    >
      {formatElapsed(Math.max(0, now - from.getTime()))}
    </time>
  )
}
