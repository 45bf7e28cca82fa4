import type { QueryKey } from '@tanstack/react-query'
import { useQueryStateValue } from '@/api/query-state-value'
import { Ago } from '@/components/ui/ticking-time'
import { isRefreshing } from './view-state'

/*
 * What changes on every poll, even one that brings nothing new: when the data was last confirmed
 * and whether a request is under way. Only these small components read it, so such a poll
 * renders them and nothing else on the page.
 */

/** When the view's data was last received (or confirmed unchanged). */
export function useLastUpdate(queryKey: QueryKey): number {
  return useQueryStateValue(queryKey, (state) => state?.dataUpdatedAt ?? 0)
}

/** "3 s ago", ticking, for the view's last update. */
export function LastUpdated({ queryKey }: { queryKey: QueryKey }) {
  return <Ago at={useLastUpdate(queryKey)} />
}

/**
 * " · refreshing…" while a request for fresh data runs. Its space is kept when hidden, so the
 * line never shifts. Drawn by CSS, so it is no part of the line's text; not announced, as a
 * live run refreshes every 2 s.
 */
export function RefreshingMark({ queryKey }: { queryKey: QueryKey }) {
  const refreshing = useQueryStateValue(
    queryKey,
    (state) => state !== undefined && isRefreshing(state),
  )
  return (
    <span
      aria-hidden="true"
      data-refreshing={refreshing}
      className="invisible whitespace-pre after:content-['_·_refreshing…'] data-[refreshing=true]:visible"
    />
  )
}
