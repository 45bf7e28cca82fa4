import { type QueryKey, notifyManager, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef } from 'react'
import { POLL_INTERVAL_MS } from '@/api/polling'
import { useQueryStateValue } from '@/api/query-state-value'
import { AgoOf } from '@/components/ui/ticking-time'
import { isRefreshing } from './view-state'

/*
 * What changes on every poll, even one that brings nothing new: when the data was last confirmed
 * and whether a request is under way. Neither goes through React: the clock reads the time at
 * each tick, and the mark follows the query's state by itself, so such a poll (or a live
 * stream's "still the same") renders nothing on the page.
 */

/** When the view's data was last received (or confirmed unchanged). */
export function useLastUpdate(queryKey: QueryKey): number {
  return useQueryStateValue(queryKey, (state) => state?.dataUpdatedAt ?? 0)
}

/**
 * Under this age the view's last update reads "just now". A live view is confirmed every 2 s
 * (by a poll or the live stream's heartbeat), so a count would only flip between "just now" and
 * "1 s ago" every second: motion that says nothing, and a repaint of the page each time. The
 * count starts when confirmations stop coming, which is when it matters.
 */
export const RECENT_UPDATE_MS = 2 * POLL_INTERVAL_MS + 1000

/**
 * "3 s ago", ticking, for the view's last update. A confirmation shows at the clock's next tick,
 * in the same frame as the tick itself.
 */
export function LastUpdated({ queryKey }: { queryKey: QueryKey }) {
  const client = useQueryClient()
  const readAt = useCallback(
    () => client.getQueryState(queryKey)?.dataUpdatedAt ?? 0,
    [client, queryKey],
  )
  return <AgoOf readAt={readAt} recentMs={RECENT_UPDATE_MS} />
}

/** A refresh quicker than this shows no mark: no flicker every 2 s, no repaint for nothing. */
export const MARK_DELAY_MS = 300

/**
 * " · refreshing…" while a request for fresh data runs (once it has taken MARK_DELAY_MS). Its
 * space is kept when hidden, so the line never shifts. Drawn by CSS, so it is no part of the
 * line's text; not announced, as a live run refreshes every 2 s. It sets its own attribute
 * rather than rendering: a quick poll changes nothing on the page at all.
 */
export function RefreshingMark({ queryKey }: { queryKey: QueryKey }) {
  const client = useQueryClient()
  const ref = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const show = (shown: boolean) => {
      const value = String(shown)
      if (element.dataset.refreshing !== value) element.dataset.refreshing = value
    }
    const follow = () => {
      const state = client.getQueryState(queryKey)
      if (state !== undefined && isRefreshing(state)) {
        timer ??= setTimeout(() => show(true), MARK_DELAY_MS)
        return
      }
      if (timer !== null) clearTimeout(timer)
      timer = null
      show(false)
    }
    follow()
    const unsubscribe = client.getQueryCache().subscribe(notifyManager.batchCalls(follow))
    return () => {
      unsubscribe()
      if (timer !== null) clearTimeout(timer)
    }
  }, [client, queryKey])
  return (
    <span
      ref={ref}
      aria-hidden="true"
      data-refreshing="false"
      className="invisible whitespace-pre after:content-['_·_refreshing…'] data-[refreshing=true]:visible"
    />
  )
}
