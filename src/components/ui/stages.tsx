import { createContext, type ReactNode, startTransition, use, useEffect, useState } from 'react'
import { afterNextFrame } from '@/lib/yield-to-browser'

const StageContext = createContext(Number.POSITIVE_INFINITY)

/*
 * A big run's panels, all built in one go, make one long task on the main thread (hundreds of
 * milliseconds for a large worker): the page can neither paint nor answer input meanwhile.
 * Built one stage per task instead, in reading order, the first screen comes first and each
 * task stays short; and one stage per frame, so the browser never lays out two stages at once
 * (their style and layout, not their script, are most of a stage's time). Once every stage is
 * in, nothing here renders again.
 */
export function Stages({ count, children }: { count: number; children: ReactNode }) {
  const [ready, setReady] = useState(0)
  useEffect(() => {
    if (ready >= count) return
    // After the frame that draws this stage, so two stages are never laid out in one frame.
    return afterNextFrame(() => startTransition(() => setReady((n) => n + 1)))
  }, [ready, count])
  return <StageContext value={ready}>{children}</StageContext>
}

/** Renders `children` once stage `index` is reached (stage 0 at once), `fallback` until then. */
export function Stage({
  index,
  fallback,
  children,
}: {
  index: number
  fallback: ReactNode
  children: ReactNode
}) {
  return use(StageContext) >= index ? children : fallback
}
