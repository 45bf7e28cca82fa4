import { RawNumber, showNumber } from '@/lib/raw-number'
import { focusRing } from '../ui/styles'
import { Highlighted } from './highlighted'
import { quoteString } from '@/lib/json-text'
import { formatNumber } from '@/lib/format'

/* Longer strings are cut with an ellipsis until the user asks for the rest. */
export const STRING_PREVIEW = 300

type Props = {
  value: unknown
  highlight?: string
  /** Set for long strings that can be shown in full. */
  expanded?: boolean
  onToggleExpanded?: () => void
  /** Strings past this many characters are cut. */
  preview?: number
}

/* One scalar value, faithfully: raw digits for big numbers, named Infinity/NaN/-0, escaped hidden characters. */
export function JsonScalar({
  value,
  highlight,
  expanded,
  onToggleExpanded,
  preview = STRING_PREVIEW,
}: Props) {
  if (typeof value === 'number' || value instanceof RawNumber) {
    const shown = showNumber(value)
    return (
      <span className="text-blue-700 dark:text-blue-300">
        <Highlighted text={shown.text} query={highlight} />
        {shown.note && (
          <span
            title={shown.note}
            className="ml-1 rounded bg-amber-100 px-1 font-sans text-[0.7rem] text-amber-900 dark:bg-amber-400/20 dark:text-amber-200"
          >
            not exact
          </span>
        )}
      </span>
    )
  }
  if (typeof value === 'string') {
    const quoted = quoteString(value, true)
    const long = quoted.length > preview
    const shown = long && !expanded ? `${quoted.slice(0, preview)}…` : quoted
    return (
      <span className="break-all text-emerald-800 dark:text-emerald-300">
        <Highlighted text={shown} query={highlight} />
        {long && onToggleExpanded && (
          <button
            type="button"
            tabIndex={-1}
            onClick={(event) => {
              event.stopPropagation()
              onToggleExpanded()
            }}
            className={`ml-2 rounded font-sans text-sky-700 underline dark:text-sky-300 ${focusRing}`}
          >
            {expanded ? 'Show less' : `Show all ${formatNumber(value.length)} characters`}
          </button>
        )}
      </span>
    )
  }
  if (typeof value === 'bigint') {
    return <span className="text-blue-700 dark:text-blue-300">{value.toString()}</span>
  }
  if (typeof value === 'boolean') {
    return (
      <span className="text-purple-700 dark:text-purple-300">
        <Highlighted text={String(value)} query={highlight} />
      </span>
    )
  }
  return (
    <span className="text-slate-600 italic dark:text-slate-400">
      {value === null ? <Highlighted text="null" query={highlight} /> : typeof value}
    </span>
  )
}
