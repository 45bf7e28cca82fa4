import { useId } from 'react'
import { smallButton } from '../ui/styles'
import { formatNumber } from '@/lib/format'

type Props = {
  query: string
  onQueryChange: (query: string) => void
  count: number
  capped: boolean
  /** Index of the match shown, or -1 before the first step. */
  current: number
  onStep: (delta: 1 | -1) => void
  label: string
}

/* A search box that counts matches and steps through them with Enter / Shift+Enter. */
export function JsonSearchBar({
  query,
  onQueryChange,
  count,
  capped,
  current,
  onStep,
  label,
}: Props) {
  const statusId = useId()
  const counted = `${formatNumber(count)}${capped ? '+' : ''}`
  const status =
    query.trim() === ''
      ? ''
      : count === 0
        ? 'No matches'
        : current >= 0
          ? `${formatNumber(current + 1)} of ${counted}`
          : `${counted} ${count === 1 ? 'match' : 'matches'}`
  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        type="search"
        aria-label={label}
        aria-describedby={statusId}
        placeholder="Search keys and values"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || count === 0) return
          event.preventDefault()
          onStep(event.shiftKey ? -1 : 1)
        }}
        className="w-56 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <span
        id={statusId}
        role="status"
        className="min-w-16 text-xs text-slate-600 tabular-nums dark:text-slate-400"
      >
        {status}
      </span>
      <button
        type="button"
        className={smallButton}
        disabled={count === 0}
        onClick={() => onStep(-1)}
      >
        Previous match
      </button>
      <button
        type="button"
        className={smallButton}
        disabled={count === 0}
        onClick={() => onStep(1)}
      >
        Next match
      </button>
    </div>
  )
}
