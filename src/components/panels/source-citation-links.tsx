import { useState } from 'react'
import { goBackTo, goToCitation, useJumpedFrom } from '@/components/markdown/citation-jumps'
import type { Citation } from '@/api/worker/citation-scan'
import { smallButton } from '../ui/styles'
import { formatNumber } from '@/lib/format'

type Props = {
  /** The source's number. */
  n: number
  /** How many times the answer and the conversation cite it. */
  count: number
  /** Where the answer cites it. */
  places: readonly Citation[]
  /** Every citation of the answer, to tell which of a block's citations a place is. */
  answer: readonly Citation[]
}

/*
 * "cited 3×" and the way back to the answer: to the citation the reader just came from, else
 * to each citation in turn.
 */
export function SourceCitationLinks({ n, count, places, answer }: Props) {
  const from = useJumpedFrom(n)
  const [next, setNext] = useState(0)
  const text = count === 0 ? 'not cited' : `cited ${formatNumber(count)}×`
  const place = places[next % Math.max(1, places.length)]
  return (
    <>
      <span>{text}</span>
      {from ? (
        <button type="button" className={`${smallButton} py-0`} onClick={() => goBackTo(from)}>
          back to the citation
        </button>
      ) : (
        place && (
          <button
            type="button"
            className={`${smallButton} py-0`}
            onClick={() => {
              setNext((next + 1) % places.length)
              void goToCitation(place, answer)
            }}
          >
            {places.length === 1
              ? 'go to the citation'
              : `go to citation ${(next % places.length) + 1} of ${places.length}`}
          </button>
        )
      )}
    </>
  )
}
