import type { QueryKey, UseQueryOptions } from '@tanstack/react-query'
import { stopsPolling } from './retry'

/*
 * How every run is polled, workers and tasks alike. A query is polled while its data says the
 * run is live (the status rule, api/worker/status.ts) and no error said to stop (retry.ts: the
 * request is refused, or failures went on past the wall-clock cap). The watch state of a view
 * (paused, or armed to notify) is applied on top by applyWatch.
 */
export const POLL_INTERVAL_MS = 2000
/** A view armed to notify keeps polling in a background tab, at most this often. */
export const BACKGROUND_POLL_MS = 10_000

type PolledState<T> = { data?: T; error: Error | null }

/** Whether a query in this state is polled: its data says live and no error said stop. */
export function isPolled<T>(isLive: (data: T) => boolean, state: PolledState<T>): boolean {
  return state.data !== undefined && isLive(state.data) && !stopsPolling(state.error)
}

/** The polling options of a query whose data tells whether its run is live. */
export function livePolling<T>(isLive: (data: T) => boolean) {
  const polls = (state: PolledState<T>) => isPolled(isLive, state)
  return {
    refetchInterval: (query: { state: PolledState<T> }) =>
      polls(query.state) ? POLL_INTERVAL_MS : false,
    // Fresh for one poll interval: a view mounting just after the loader's request (or a second
    // tab) does not ask again; a finished run is final, so no refetch on focus either.
    staleTime: (query: { state: PolledState<T> }) =>
      polls(query.state) ? POLL_INTERVAL_MS : Number.POSITIVE_INFINITY,
    // The route's loader starts the request before the view mounts; a final error it got (not
    // found, no access) is not asked again just because the view then mounted.
    retryOnMount: false,
  } as const
}

export type Watch = {
  paused: boolean
  notifyArmed: boolean
  /** The server's live watch brings every change (api/live-stream.ts): no polling of our own. */
  streaming?: boolean
}

/**
 * Applies a view's watch state to its query. Paused: the query neither polls nor refetches by
 * itself (Refresh still can). Streaming: the live watch keeps the data current, so the query
 * neither polls nor goes stale; it polls again as soon as the stream stops flowing. Armed:
 * polling continues in a background tab, at most every BACKGROUND_POLL_MS.
 */
export function applyWatch<TFnData, TError, TData, TKey extends QueryKey>(
  options: UseQueryOptions<TFnData, TError, TData, TKey>,
  watch: Watch,
): UseQueryOptions<TFnData, TError, TData, TKey> {
  if (watch.paused) return { ...options, enabled: false, refetchInterval: false }
  if (watch.streaming) {
    return { ...options, refetchInterval: false, staleTime: Number.POSITIVE_INFINITY }
  }
  if (!watch.notifyArmed) return options
  const base = options.refetchInterval
  return {
    ...options,
    refetchIntervalInBackground: true,
    refetchInterval: (query) => {
      const ms = typeof base === 'function' ? base(query) : base
      if (ms === false || ms === undefined || ms === 0) return false
      return document.hidden ? Math.max(ms, BACKGROUND_POLL_MS) : ms
    },
  }
}
