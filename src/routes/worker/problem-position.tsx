import { TriangleAlert } from 'lucide-react'
import { useSyncExternalStore } from 'react'
import { smallButton } from '@/components/ui/styles'
import { formatNumber } from '@/lib/format'

/*
 * The chip's place while stepping, for the sticky panel bar: after a jump the header (and the
 * chip in it) has usually scrolled away, so the bar says which problem is shown and steps on.
 * The chip publishes it; screen readers hear the chip's own announcement, so this adds none.
 */
export type ProblemPlace = { position: number; total: number; next: () => void }

let place: ProblemPlace | null = null
const listeners = new Set<() => void>()

export function publishProblemPlace(next: ProblemPlace | null): void {
  place = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function ProblemPosition() {
  const shown = useSyncExternalStore(subscribe, () => place)
  if (!shown) return null
  const of = `${formatNumber(shown.position)} of ${formatNumber(shown.total)}`
  return (
    <button
      type="button"
      onClick={shown.next}
      title="Next problem (e); previous: Shift+E"
      className={`${smallButton} whitespace-nowrap text-rose-900 tabular-nums dark:text-rose-200`}
    >
      <TriangleAlert aria-hidden="true" className="size-3.5 shrink-0" strokeWidth={2.25} />
      <span className="sr-only">Next problem, now at</span> {of}
    </button>
  )
}
