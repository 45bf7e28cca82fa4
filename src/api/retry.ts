import { ApiError, type ApiErrorKind } from './api-error'

/*
 * When a failed request is tried again, and when the page stops trying. The whole table:
 *
 * | failure                          | retried?                          | wait before the next try          |
 * |----------------------------------|-----------------------------------|-----------------------------------|
 * | network, timeout                 | yes, until 30 min of failures     | full-jitter backoff, 0.5 s – 30 s |
 * | body cut off mid-JSON            | 3 tries, then final (Resume)      | the same backoff                  |
 * | 5xx, 408                         | yes, until 30 min of failures     | the same backoff                  |
 * | 429                              | yes, until 30 min of failures     | Retry-After clamped to 0 – 5 min, |
 * |                                  |                                   | never below the backoff           |
 * | 404 of a task (may be brand new) | 3 tries in about 10 s             | 3 s, then 6 s                     |
 * | 404 of a worker, 400, 401, 403   | no: final                         | –                                 |
 * | invalid JSON or shape            | no: final (polling goes on)       | –                                 |
 *
 * After the 30 minutes the error is final ("exhausted") and the page offers Resume.
 */
const TRANSIENT: ReadonlySet<ApiErrorKind> = new Set(['rate-limited', 'server', 'network'])

export const MIN_BACKOFF_MS = 500
export const MAX_BACKOFF_MS = 30_000
/** The longest wait a Retry-After header can ask for; more is clamped, not obeyed. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000
/** Continuous failure for this long stops the retries until the user resumes. */
export const GIVE_UP_AFTER_MS = 30 * 60_000
/** A task the API has only just created can 404 for a moment: tries 2 and 3 come after these. */
export const NOT_FOUND_DELAYS_MS: readonly number[] = [3_000, 6_000]
/** A body cut off mid-JSON may be a dropped connection: this many tries in all, then final. */
export const CUT_OFF_TRIES = 3

// Facts about error objects, kept beside them rather than on them (ApiError stays immutable).
const streakStarts = new WeakMap<object, number>()
const retryTimes = new WeakMap<object, number>()
const exhausted = new WeakSet<object>()
const mayAppear = new WeakSet<object>()
const signalStreaks = new WeakMap<AbortSignal, number>()

export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && TRANSIENT.has(error.kind)
}

/**
 * Runs one attempt of a query and, when it fails, notes when its run of failures began. All
 * retries of one fetch share its AbortSignal, so the signal identifies the run.
 */
export async function trackFailures<T>(
  signal: AbortSignal,
  attempt: () => Promise<T>,
  now = Date.now,
): Promise<T> {
  try {
    return await attempt()
  } catch (error) {
    const start = signalStreaks.get(signal) ?? now()
    signalStreaks.set(signal, start)
    if (typeof error === 'object' && error !== null) streakStarts.set(error, start)
    throw error
  }
}

/** Marks a 404 for something that may exist a moment later (a task just created). */
export function markMayAppear(error: ApiError): ApiError {
  if (error.kind === 'not-found') mayAppear.add(error)
  return error
}

/** Transient failures are retried until the wall-clock cap; a fresh task's 404, three times. */
export function shouldRetry(failureCount: number, error: unknown, now = Date.now()): boolean {
  if (typeof error !== 'object' || error === null) return false
  if (mayAppear.has(error)) return failureCount < NOT_FOUND_DELAYS_MS.length
  // failureCount counts the failures before this one: 0, 1 retry; 2 is the third try failing.
  if (error instanceof ApiError && error.kind === 'truncated') {
    if (failureCount < CUT_OFF_TRIES - 1) return true
    exhausted.add(error)
    return false
  }
  if (!isTransient(error)) return false
  const start = streakStarts.get(error) ?? now
  if (now - start >= GIVE_UP_AFTER_MS) {
    exhausted.add(error)
    return false
  }
  return true
}

/** Full jitter: anywhere between the floor and an exponential ceiling (1 s, 2 s, … 30 s). */
export function backoff(failureCount: number, random = Math.random): number {
  const ceiling = Math.min(1000 * 2 ** Math.max(0, failureCount), MAX_BACKOFF_MS)
  return Math.round(MIN_BACKOFF_MS + random() * (ceiling - MIN_BACKOFF_MS))
}

/** What a Retry-After asks for, made safe: negative is 0, more than 5 minutes is 5 minutes. */
export function clampRetryAfter(ms: number): number {
  if (Number.isNaN(ms)) return 0
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS)
}

export function retryDelay(
  failureCount: number,
  error: unknown,
  random = Math.random,
  now = Date.now(),
): number {
  let delay = backoff(failureCount, random)
  if (error instanceof ApiError && error.kind === 'not-found') {
    delay = NOT_FOUND_DELAYS_MS[failureCount] ?? delay
  } else if (error instanceof ApiError && error.retryAfterMs !== null) {
    delay = Math.max(clampRetryAfter(error.retryAfterMs), delay)
  }
  // The page counts down to this moment; react-query does not say when it will retry.
  if (typeof error === 'object' && error !== null) retryTimes.set(error, now + delay)
  return delay
}

/** When the retry after `error` is due, if one was scheduled. */
export function retryDueAt(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null
  return retryTimes.get(error) ?? null
}

/** True once `error` ended retries because failures went on for too long or too often. */
export function isExhausted(error: unknown): boolean {
  return typeof error === 'object' && error !== null && exhausted.has(error)
}

const STOPS_POLLING: ReadonlySet<ApiErrorKind> = new Set([
  'unauthorized',
  'forbidden',
  'bad-request',
  'not-found',
  'invalid-id',
])

/** Why the page stopped trying after `error`, for an error that isExhausted. */
export function gaveUpText(error: unknown): string {
  return error instanceof ApiError && error.kind === 'truncated'
    ? `Stopped after ${CUT_OFF_TRIES} tries.`
    : `Stopped trying after ${GIVE_UP_AFTER_MS / 60_000} minutes of failures.`
}

/**
 * Errors after which polling stops until the user asks again: the request itself is refused
 * (asking every 2 s changes nothing), or failures went on past the cap. Unreadable bodies do not
 * stop it: the next poll may well be fine.
 */
export function stopsPolling(error: unknown): boolean {
  return (error instanceof ApiError && STOPS_POLLING.has(error.kind)) || isExhausted(error)
}
