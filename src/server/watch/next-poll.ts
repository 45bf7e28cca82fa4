import { ApiError, kindForStatus } from '@/api/api-error'
import { POLL_INTERVAL_MS } from '@/api/polling'
import { GIVE_UP_AFTER_MS, isTransient, retryDelay, stopsPolling } from '@/api/retry'
import { parseRetryAfter } from '@/shared/retry-after'
import { type WatchPoll, isOk } from './watch-poll'

/** The failures in a row so far: how many, and when the first of them came. */
export type FailureStreak = { count: number; since: number }

export type NextPoll =
  | { kind: 'again'; delayMs: number; streak: FailureStreak | null }
  | { kind: 'stop'; why: 'finished' | 'refused' | 'gave-up' }

/*
 * When the server reads a watched run again: the page's own polling rule (api/polling.ts,
 * api/retry.ts), applied once for all its viewers. Every interval while the run is live;
 * stopped by a final status or a refused request (401, 403, 404, 400); after a 429 or a 5xx,
 * the page's backoff with its Retry-After floor, until 30 minutes of failures. A body that
 * cannot be read does not stop it, as it does not stop the page.
 */
export function nextPoll(
  poll: WatchPoll,
  streak: FailureStreak | null,
  options: { intervalMs?: number; now?: number; random?: () => number } = {},
): NextPoll {
  const intervalMs = options.intervalMs ?? POLL_INTERVAL_MS
  const now = options.now ?? Date.now()
  const failed = poll.answers.find((answer) => !isOk(answer))
  if (!failed) {
    if (poll.live === false) return { kind: 'stop', why: 'finished' }
    return { kind: 'again', delayMs: intervalMs, streak: null }
  }
  // The error the page would make of this answer (api/client.ts), asked the page's questions.
  const error = new ApiError(kindForStatus(failed.status), '', {
    status: failed.status,
    retryAfterMs: parseRetryAfter(new Headers(failed.headers), now),
  })
  if (stopsPolling(error)) return { kind: 'stop', why: 'refused' }
  if (!isTransient(error)) return { kind: 'again', delayMs: intervalMs, streak: null }
  const next = { count: (streak?.count ?? 0) + 1, since: streak?.since ?? now }
  if (now - next.since >= GIVE_UP_AFTER_MS) return { kind: 'stop', why: 'gave-up' }
  // retryDelay counts the failures before this one, as react-query does.
  const delayMs = retryDelay(next.count - 1, error, options.random, now)
  return { kind: 'again', delayMs, streak: next }
}
