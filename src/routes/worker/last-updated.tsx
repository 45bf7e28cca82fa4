import type { QueryKey } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
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

/** A refresh quicker than this shows no mark: no flicker every 2 s, no repaint for nothing. */
export const MARK_DELAY_MS = 300

/**
 * " · refreshing…" while a request for fresh data runs (once it has taken MARK_DELAY_MS). Its
 * space is kept when hidden, so the line never shifts. Drawn by CSS, so it is no part of the
 * line's text; not announced, as a live run refreshes every 2 s.
 */
export function RefreshingMark({ queryKey }: { queryKey: QueryKey }) {
  const refreshing = useQueryStateValue(
    queryKey,
    (state) => state !== undefined && isRefreshing(state),
  )
  const shown = useLasting(refreshing, MARK_DELAY_MS)
  return (
    <span
      aria-hidden="true"
      data-refreshing={shown}
      className="invisible whitespace-pre after:content-['_·_refreshing…'] data-[refreshing=true]:visible"
    />
  )
}

/** True once `on` has stayed true for `delayMs`; false again as soon as it turns false. */
function useLasting(on: boolean, delayMs: number): boolean {
  const [lasted, setLasted] = useState(false)
  useEffect(() => {
    if (!on) return
    const timer = setTimeout(() => setLasted(true), delayMs)
    return () => {
      clearTimeout(timer)
      setLasted(false)
    }
  }, [on, delayMs])
  return on && lasted
}
