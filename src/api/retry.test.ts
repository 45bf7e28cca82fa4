import { ApiError, type ApiErrorKind } from './api-error'
import { MAX_BACKOFF_MS, isTransient, retryDelay, shouldRetry } from './retry'

const error = (kind: ApiErrorKind, retryAfterMs: number | null = null) =>
  new ApiError(kind, kind, { retryAfterMs })

describe('shouldRetry', () => {
  it.each(['rate-limited', 'server', 'network'] as const)(
    'retries %s, however often it failed',
    (kind) => {
      expect(isTransient(error(kind))).toBe(true)
      expect(shouldRetry(0, error(kind))).toBe(true)
      expect(shouldRetry(3, error(kind))).toBe(true)
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
  })

  it('does not retry errors that are not ApiErrors', () => {
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false)
    expect(shouldRetry(0, 'boom')).toBe(false)
  })
})

describe('retryDelay', () => {
  it('doubles from 1 s and stops at 30 s', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 20].map((n) => retryDelay(n, error('server')))
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000])
    expect(MAX_BACKOFF_MS).toBe(30_000)
  })

  it('waits at least as long as Retry-After', () => {
    expect(retryDelay(0, error('rate-limited', 10_000))).toBe(10_000)
    expect(retryDelay(0, error('rate-limited', 120_000))).toBe(120_000)
  })

  it('keeps backing off when Retry-After is shorter than the backoff', () => {
    expect(retryDelay(3, error('rate-limited', 1000))).toBe(8000)
    expect(retryDelay(10, error('rate-limited', 0))).toBe(30_000)
  })

  it('never retries sooner than 1 s, even with Retry-After: 0', () => {
    expect(retryDelay(0, error('rate-limited', 0))).toBe(1000)
  })

  it('backs off for errors of any type', () => {
    expect(retryDelay(2, new TypeError('boom'))).toBe(4000)
  })
})
