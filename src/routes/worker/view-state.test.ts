// @vitest-environment node
import { ApiError, type ApiErrorKind } from '@/api/api-error'
import { GIVE_UP_AFTER_MS, retryDelay, shouldRetry, trackFailures } from '@/api/retry'
import { type QueryState, deriveView, isRefreshing } from './view-state'

const DATA = { name: 'worker' }
const error = (kind: ApiErrorKind) => new ApiError(kind, kind)

function state(patch: Partial<QueryState<typeof DATA>> = {}): QueryState<typeof DATA> {
  return {
    data: undefined,
    error: null,
    failureReason: null,
    failureCount: 0,
    isPaused: false,
    ...patch,
  }
}

const loaded = (patch: Partial<QueryState<typeof DATA>> = {}) => state({ data: DATA, ...patch })

/** An error whose run of failures began GIVE_UP_AFTER_MS ago, as react-query would see it. */
async function exhaustedError() {
  const thrown = error('server')
  const signal = new AbortController().signal
  await trackFailures(
    signal,
    () => Promise.reject(thrown),
    () => 0,
  ).catch(() => undefined)
  expect(shouldRetry(99, thrown, GIVE_UP_AFTER_MS)).toBe(false)
  return thrown
}

describe('deriveView before any data', () => {
  it('is loading while the first request runs', () => {
    expect(deriveView(state())).toEqual({
      kind: 'loading',
      offline: false,
    })
  })

  it('is loading offline while the browser has no connection', () => {
    expect(deriveView(state({ isPaused: true }))).toEqual({ kind: 'loading', offline: true })
  })

  it('is retrying with the time the next try is due', () => {
    const reason = error('rate-limited')
    retryDelay(0, reason, () => 0, 10_000)
    const view = deriveView(state({ failureReason: reason, failureCount: 1 }))
    expect(view).toEqual({
      kind: 'retrying',
      reason,
      failures: 1,
      retryAt: 10_500,
      offline: false,
    })
  })

  it('has no countdown while retrying waits for the connection', () => {
    const reason = error('network')
    retryDelay(0, reason)
    const view = deriveView(state({ failureReason: reason, failureCount: 1, isPaused: true }))
    expect(view).toMatchObject({ kind: 'retrying', retryAt: null, offline: true })
  })

  it.each(['not-found', 'unauthorized', 'forbidden', 'bad-request', 'invalid-json'] as const)(
    'has failed for good on %s',
    (kind) => {
      const thrown = error(kind)
      expect(deriveView(state({ error: thrown, failureReason: thrown }))).toEqual({
        kind: 'failed',
        error: thrown,
        resumable: false,
      })
    },
  )

  it('offers Resume after failing for too long', async () => {
    const thrown = await exhaustedError()
    expect(deriveView(state({ error: thrown }))).toMatchObject({ kind: 'failed', resumable: true })
  })
})

describe('deriveView with data', () => {
  it('shows the data with no note', () => {
    expect(deriveView(loaded())).toEqual({ kind: 'data', data: DATA, note: null })
  })

  it('stays calm while one failed poll waits for its retry', () => {
    const reason = error('server')
    expect(deriveView(loaded({ failureReason: reason, failureCount: 1 }))).toMatchObject({
      kind: 'data',
      note: null,
    })
  })

  it('notes stale data once a retry has failed too, with the next try', () => {
    const reason = error('server')
    retryDelay(1, reason, () => 0, 5_000)
    expect(deriveView(loaded({ failureReason: reason, failureCount: 2 }))).toMatchObject({
      kind: 'data',
      note: { kind: 'stale', error: reason, retryAt: 5_500 },
    })
  })

  it('notes being offline', () => {
    expect(deriveView(loaded({ isPaused: true }))).toMatchObject({
      note: { kind: 'offline' },
    })
  })

  it.each(['forbidden', 'bad-request', 'not-found'] as const)(
    'keeps the data and says polling stopped on %s',
    (kind) => {
      const thrown = error(kind)
      expect(deriveView(loaded({ error: thrown }))).toMatchObject({
        kind: 'data',
        data: DATA,
        note: { kind: 'stopped', error: thrown, resumable: false },
      })
    },
  )

  it('never shows data beside a 401', () => {
    const thrown = error('unauthorized')
    expect(deriveView(loaded({ error: thrown }))).toEqual({
      kind: 'failed',
      error: thrown,
      resumable: false,
    })
  })

  it.each(['invalid-json', 'invalid-shape'] as const)(
    'keeps the data and says the last refresh was unreadable on %s',
    (kind) => {
      const thrown = error(kind)
      expect(deriveView(loaded({ error: thrown }))).toMatchObject({
        note: { kind: 'unreadable', error: thrown },
      })
    },
  )

  it('notes stale data when a retried kind of failure ended without giving up', () => {
    const thrown = error('server')
    expect(deriveView(loaded({ error: thrown }))).toMatchObject({
      note: { kind: 'stale', error: thrown, retryAt: null },
    })
  })

  it('offers Resume with the data after failing for too long', async () => {
    const thrown = await exhaustedError()
    expect(deriveView(loaded({ error: thrown }))).toMatchObject({
      kind: 'data',
      note: { kind: 'stopped', resumable: true },
    })
  })
})

describe('isRefreshing', () => {
  it('is true while a poll runs, not while a failed one waits to retry, nor when idle or offline', () => {
    expect(isRefreshing({ fetchStatus: 'fetching', fetchFailureCount: 0 })).toBe(true)
    expect(isRefreshing({ fetchStatus: 'fetching', fetchFailureCount: 1 })).toBe(false)
    expect(isRefreshing({ fetchStatus: 'idle', fetchFailureCount: 0 })).toBe(false)
    expect(isRefreshing({ fetchStatus: 'paused', fetchFailureCount: 0 })).toBe(false)
  })
})
