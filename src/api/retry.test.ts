// @vitest-environment node
import { ApiError, type ApiErrorKind } from './api-error'
import {
  GIVE_UP_AFTER_MS,
  MAX_BACKOFF_MS,
  MAX_RETRY_AFTER_MS,
  MIN_BACKOFF_MS,
  backoff,
  clampRetryAfter,
  gaveUpText,
  isExhausted,
  isTransient,
  retryDelay,
  retryDueAt,
  stopsPolling,
  shouldRetry,
  markMayAppear,
  trackFailures,
} from './retry'

const error = (kind: ApiErrorKind, retryAfterMs: number | null = null) =>
  new ApiError(kind, kind, { retryAfterMs })
const lowest = () => 0
const highest = () => 1

/** Fails one attempt at `at` within the run of failures of `signal`, and returns the error. */
async function failAt(signal: AbortSignal, at: number, kind: ApiErrorKind = 'server') {
  const thrown = error(kind)
  await trackFailures(
    signal,
    () => Promise.reject(thrown),
    () => at,
  ).catch(() => undefined)
  return thrown
}

describe('shouldRetry', () => {
  it.each(['rate-limited', 'server', 'network'] as const)(
    'retries %s, however often it failed',
    (kind) => {
      expect(isTransient(error(kind))).toBe(true)
      expect(shouldRetry(0, error(kind))).toBe(true)
      expect(shouldRetry(1000, error(kind))).toBe(true)
    },
  )

  it.each([
    'not-found',
    'unauthorized',
    'forbidden',
    'invalid-json',
    'invalid-shape',
    'invalid-id',
    'bad-request',
  ] as const)('does not retry %s', (kind) => {
    expect(shouldRetry(0, error(kind))).toBe(false)
    expect(shouldRetry(0, markMayAppear(error(kind)))).toBe(kind === 'not-found')
  })

  it('does not retry errors that are not ApiErrors', () => {
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false)
    expect(shouldRetry(0, 'boom')).toBe(false)
  })

  it('stops after 30 minutes of continuous failure, and says so', async () => {
    const signal = new AbortController().signal
    const first = await failAt(signal, 1_000)
    expect(shouldRetry(1, first, 1_000)).toBe(true)
    const later = await failAt(signal, 1_000 + GIVE_UP_AFTER_MS - 1)
    expect(shouldRetry(60, later, 1_000 + GIVE_UP_AFTER_MS - 1)).toBe(true)
    expect(isExhausted(later)).toBe(false)
    const last = await failAt(signal, 1_000 + GIVE_UP_AFTER_MS)
    expect(shouldRetry(61, last, 1_000 + GIVE_UP_AFTER_MS)).toBe(false)
    expect(isExhausted(last)).toBe(true)
  })

  it('counts each fetch (each signal) as a new run of failures', async () => {
    const old = await failAt(new AbortController().signal, 0)
    const fresh = await failAt(new AbortController().signal, GIVE_UP_AFTER_MS * 2)
    expect(shouldRetry(0, old, GIVE_UP_AFTER_MS * 2)).toBe(false)
    expect(shouldRetry(0, fresh, GIVE_UP_AFTER_MS * 2)).toBe(true)
  })

  it('gives a body cut off mid-JSON three tries, then stops for good, and says so', () => {
    const error = new ApiError('truncated', 'The response stopped after 1.2 MB')
    expect(shouldRetry(0, error)).toBe(true)
    expect(shouldRetry(1, error)).toBe(true)
    expect(isExhausted(error)).toBe(false)
    expect(shouldRetry(2, error)).toBe(false)
    expect(isExhausted(error)).toBe(true)
    expect(stopsPolling(error)).toBe(true)
    expect(gaveUpText(error)).toBe('Stopped after 3 tries.')
  })

  it('gives a task three tries at a 404, then stops', () => {
    const taskNotFound = markMayAppear(error('not-found'))
    expect([0, 1, 2].map((n) => shouldRetry(n, taskNotFound))).toEqual([true, true, false])
    expect(shouldRetry(0, error('not-found'))).toBe(false)
  })
})

describe('backoff', () => {
  it('is full jitter between 0.5 s and a ceiling that doubles up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map((n) => backoff(n, highest))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ])
    expect(backoff(0, lowest)).toBe(MIN_BACKOFF_MS)
    expect(backoff(20, lowest)).toBe(MIN_BACKOFF_MS)
    expect(backoff(3, () => 0.5)).toBe(Math.round(MIN_BACKOFF_MS + 0.5 * (8000 - MIN_BACKOFF_MS)))
    expect(MAX_BACKOFF_MS).toBe(30_000)
  })
})

describe('retryDelay', () => {
  it('waits as long as Retry-After asks, up to 5 minutes', () => {
    expect(retryDelay(0, error('rate-limited', 10_000), highest)).toBe(10_000)
    expect(retryDelay(0, error('rate-limited', 120_000), highest)).toBe(120_000)
  })

  it.each([
    ['seconds beyond the 32-bit timer', 2 ** 31 * 1000],
    ['a date years ahead', 10 * 365 * 24 * 3600 * 1000],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('clamps %s to 5 minutes', (_name, retryAfterMs) => {
    expect(retryDelay(0, error('rate-limited', retryAfterMs), highest)).toBe(MAX_RETRY_AFTER_MS)
    expect(retryDelay(0, error('rate-limited', retryAfterMs), highest)).toBeLessThan(2 ** 31 - 1)
  })

  it('never waits less than the backoff, whatever Retry-After says', () => {
    expect(retryDelay(3, error('rate-limited', 1000), highest)).toBe(8000)
    expect(retryDelay(3, error('rate-limited', -5000), highest)).toBe(8000)
    expect(retryDelay(10, error('rate-limited', 0), highest)).toBe(30_000)
    expect(retryDelay(0, error('rate-limited', 0), lowest)).toBe(MIN_BACKOFF_MS)
  })

  it('backs off without Retry-After, and for errors of any type', () => {
    expect(retryDelay(2, error('rate-limited'), highest)).toBe(4000)
    expect(retryDelay(2, new TypeError('boom'), highest)).toBe(4000)
  })

  it('spaces the tries at a 404 over about 10 s', () => {
    expect(retryDelay(0, error('not-found'))).toBe(3000)
    expect(retryDelay(1, error('not-found'))).toBe(6000)
  })

  it('remembers when the retry is due, for the countdown', () => {
    const thrown = error('rate-limited', 3000)
    expect(retryDueAt(thrown)).toBeNull()
    retryDelay(0, thrown, lowest, 50_000)
    expect(retryDueAt(thrown)).toBe(53_000)
  })
})

describe('clampRetryAfter', () => {
  it.each([
    [-1, 0],
    [Number.NaN, 0],
    [0, 0],
    [4000, 4000],
    [MAX_RETRY_AFTER_MS + 1, MAX_RETRY_AFTER_MS],
  ])('%d → %d', (input, output) => {
    expect(clampRetryAfter(input)).toBe(output)
  })
})
