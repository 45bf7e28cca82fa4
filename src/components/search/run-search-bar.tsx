import { useLayoutEffect, useRef } from 'react'
import { smallButton } from '../ui/styles'
import { describeCount } from './search-match'
import type { RunSearch } from './use-run-search'

/* Shared with the first screen's search box (components/first-screen), which this replaces. */
export const searchFieldClass =
  'w-48 min-w-0 max-sm:flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:focus-visible:outline-sky-400'
export const searchStatusClass =
  'min-w-16 text-xs whitespace-nowrap text-slate-700 tabular-nums sm:min-w-20 dark:text-slate-300'

/* The search field with its count and steps; a button opens it when it is closed. */
export function RunSearchBar({ search }: { search: RunSearch }) {
  if (!search.open) {
    return (
      <button
        type="button"
        onClick={search.openSearch}
        className={smallButton}
        aria-keyshortcuts="Control+F Meta+F"
      >
        Search run
      </button>
    )
  }
  return <SearchField search={search} />
}

function SearchField({ search }: { search: RunSearch }) {
  const inputRef = useRef<HTMLInputElement>(null)
  // At the commit, before the browser handles another key: a reader typing on the first screen
  // as the app replaced it goes on typing here, nothing lost in between.
  useLayoutEffect(() => {
    const input = inputRef.current
    if (!input) return
    input.focus()
    if (search.focusRequest.select) input.select()
    else input.setSelectionRange(input.value.length, input.value.length)
  }, [search.focusRequest])
  const { result } = search
  const status = search.indexing
    ? 'Indexing…'
    : !search.query.trim() || !result
      ? ''
      : describeCount(result, search.current)
  const none = (result?.matches.length ?? 0) === 0
  return (
    <search className="flex min-w-0 items-center gap-2">
      <input
        ref={inputRef}
        type="search"
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            if (event.shiftKey) search.previous()
            else search.next()
          } else if (event.key === 'Escape') {
            event.preventDefault()
            search.close()
          }
        }}
        aria-label="Search this run"
        placeholder="Search this run"
        className={searchFieldClass}
      />
      <span role="status" aria-live="polite" className={searchStatusClass}>
        {status}
      </span>
      <button
        type="button"
        onClick={search.previous}
        disabled={none}
        className={`${smallButton} disabled:opacity-50`}
        aria-label="Previous match"
        aria-keyshortcuts="Shift+Enter Shift+N"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={search.next}
        disabled={none}
        className={`${smallButton} disabled:opacity-50`}
        aria-label="Next match"
        aria-keyshortcuts="Enter N"
      >
        ↓
      </button>
      <button
        type="button"
        onClick={search.close}
        className={smallButton}
        aria-label="Close search"
      >
        ✕
      </button>
    </search>
  )
}
