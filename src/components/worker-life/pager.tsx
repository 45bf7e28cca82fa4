import { smallButton } from '@/components/ui/styles'

const pageButton = `${smallButton} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`

/*
 * Previous / Next through the pages of a list, saying where the reader is. An end is marked
 * aria-disabled rather than disabled, so the focus stays on the button that was just pressed.
 */
export function Pager({
  page,
  pageCount,
  busy,
  label,
  onPage,
}: {
  page: number
  pageCount: number
  busy: boolean
  /** What is paged, for the navigation's name ("Pages of runs"). */
  label: string
  onPage: (page: number) => void
}) {
  if (pageCount <= 1) return null
  const first = page <= 1
  const last = page >= pageCount
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 text-sm">
      <button
        type="button"
        onClick={() => !first && onPage(page - 1)}
        aria-disabled={first}
        className={pageButton}
      >
        Previous
      </button>
      <span
        aria-live="polite"
        aria-busy={busy}
        className="text-slate-700 tabular-nums dark:text-slate-300"
      >
        Page {page} of {pageCount}
      </span>
      <button
        type="button"
        onClick={() => !last && onPage(page + 1)}
        aria-disabled={last}
        className={pageButton}
      >
        Next
      </button>
    </nav>
  )
}
