import { ApiError } from '@/api/api-error'
import { isExhausted, retryDueAt, stopsPolling } from '@/api/retry'

/*
 * The parts of a react-query result that decide what the worker page shows. Not the fetch state
 * nor the time of the last update: those change on every poll, even one that brings nothing new,
 * and only the "Updated … ago" line shows them (see `isRefreshing`). react-query re-renders a
 * component only for the result fields it read, so reading none of them keeps such a poll from
 * rendering the page.
 */
export type QueryState<T> = {
  data: T | undefined
  error: unknown
  failureReason: unknown
  failureCount: number
  /** Waiting for the connection (`fetchStatus === 'paused'`). */
  isPaused: boolean
}

/** A line above data that is still on screen. */
export type DataNote =
  /** The browser is offline; the query waits for the connection. */
  | { kind: 'offline' }
  /** Refreshing keeps failing in a way that is retried; `retryAt` is when the next try is due. */
  | { kind: 'stale'; error: unknown; retryAt: number | null }
  /** Polling stopped because of `error`; `resumable` when it stopped after failing too long. */
  | { kind: 'stopped'; error: unknown; resumable: boolean }
  /** The last refresh could not be read; polling goes on and may well recover. */
  | { kind: 'unreadable'; error: unknown }

export type View<T> =
  | { kind: 'loading'; offline: boolean }
  | {
      kind: 'retrying'
      reason: unknown
      failures: number
      retryAt: number | null
      offline: boolean
    }
  | { kind: 'failed'; error: unknown; resumable: boolean }
  | { kind: 'data'; data: T; note: DataNote | null }

/*
 * One failed poll that the next retry fixes is not worth an alarm on a flaky network: the stale
 * note appears once a retry has failed too. Final errors show at once.
 */
const FAILURES_BEFORE_NOTE = 2

/** What the worker page shows, from the query state alone. */
export function deriveView<T>(query: QueryState<T>): View<T> {
  const offline = query.isPaused
  const { data, error, failureReason } = query

  // A refused key invalidates what it fetched: never show data next to a 401.
  const unauthorized = error instanceof ApiError && error.kind === 'unauthorized'
  if (data === undefined || unauthorized) {
    if (error) return { kind: 'failed', error, resumable: isExhausted(error) }
    if (failureReason) {
      return {
        kind: 'retrying',
        reason: failureReason,
        failures: query.failureCount,
        retryAt: offline ? null : retryDueAt(failureReason),
        offline,
      }
    }
    return { kind: 'loading', offline }
  }

  const shown = { kind: 'data', data } as const
  if (error) return { ...shown, note: finalErrorNote(error) }
  if (offline) return { ...shown, note: { kind: 'offline' } }
  if (failureReason && query.failureCount >= FAILURES_BEFORE_NOTE) {
    const note: DataNote = {
      kind: 'stale',
      error: failureReason,
      retryAt: retryDueAt(failureReason),
    }
    return { ...shown, note }
  }
  return { ...shown, note: null }
}

/**
 * A request for fresh data is under way. Not while a failed one waits for its retry: then
 * Refresh is the way to try again at once.
 */
export function isRefreshing(state: {
  fetchStatus: 'fetching' | 'paused' | 'idle'
  fetchFailureCount: number
}): boolean {
  return state.fetchStatus === 'fetching' && state.fetchFailureCount === 0
}

function finalErrorNote(error: unknown): DataNote {
  if (stopsPolling(error)) return { kind: 'stopped', error, resumable: isExhausted(error) }
  if (
    error instanceof ApiError &&
    (error.kind === 'invalid-json' || error.kind === 'invalid-shape')
  ) {
    return { kind: 'unreadable', error }
  }
  // Anything else that ended its retries: polling goes on, and the next poll tries again.
  return { kind: 'stale', error, retryAt: null }
}
