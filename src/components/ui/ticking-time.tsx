import { useLayoutEffect, useMemo, useRef } from 'react'
import { formatAgo, formatElapsed } from '@/lib/format'
import { onEverySecond } from '@/lib/second-ticker'

/*
 * Clocks that tick once a second write their one text node themselves instead of rendering
 * through React: a tick costs a string comparison, and a text write only when the words change
 * ("3 s ago" → "4 s ago"), never a React commit. React renders the element; the text is theirs.
 */
export function useTickingText(
  write: (now: number) => { text: string; dateTime?: string },
): React.RefObject<HTMLTimeElement | null> {
  const ref = useRef<HTMLTimeElement>(null)
  // Before paint, so the first frame already has the words.
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const update = (now: number) => {
      const { text, dateTime } = write(now)
      if (element.textContent !== text) element.textContent = text
      if (dateTime !== undefined && element.dateTime !== dateTime) element.dateTime = dateTime
    }
    update(Date.now())
    return onEverySecond(update)
  }, [write])
  return ref
}

/** "3 s ago", ticking; the full date and time on hover. */
export function Ago({ at }: { at: number }) {
  const ref = useTickingText(
    useMemo(() => (now: number) => ({ text: formatAgo(at, Math.max(now, at)) }), [at]),
  )
  const date = new Date(at)
  return (
    <time
      ref={ref}
      dateTime={date.toISOString()}
      title={date.toLocaleString()}
      className="tabular-nums"
    />
  )
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
  return <time ref={ref} title={`Since ${from.toLocaleString()}`} className="tabular-nums" />
}
