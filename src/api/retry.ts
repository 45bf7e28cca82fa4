import { ApiError, type ApiErrorKind } from './api-error'

/*
 * Transient failures (rate limits, server errors, network drops) are retried forever with a
 * capped backoff, so a live view recovers by itself; everything else is final and shown at once.
 */
const TRANSIENT: ReadonlySet<ApiErrorKind> = new Set(['rate-limited', 'server', 'network'])

export const MAX_BACKOFF_MS = 30_000

export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && TRANSIENT.has(error.kind)
}

export function shouldRetry(_failureCount: number, error: unknown): boolean {
  return isTransient(error)
}

/** 1 s, 2 s, 4 s … up to 30 s; never sooner than the server's Retry-After. */
export function retryDelay(failureCount: number, error: unknown): number {
  const backoff = Math.min(1000 * 2 ** Math.max(0, failureCount), MAX_BACKOFF_MS)
  if (error instanceof ApiError && error.retryAfterMs !== null) {
    return Math.max(error.retryAfterMs, backoff)
  }
  return backoff
}
