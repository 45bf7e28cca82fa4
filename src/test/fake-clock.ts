import { act } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// Taken before any fake clock is installed: the waits below are in real time.
const realSetTimeout = globalThis.setTimeout
const realPause = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms))

const HOUR_MS = 60 * 60_000

/**
 * For each test of the calling block, timers and Date run on a fake clock that stands still
 * unless the test moves it, as a page under Playwright's paused clock: a countdown shows exactly
 * what it should, a retry waits until the clock reaches it, and waits of minutes (a long
 * Retry-After, the 30-minute cap) are jumped over. Each test starts an hour after the one
 * before, so the simulated API's per-visit request counts start over.
 */
export function setupFakeClock() {
  let start = Date.now()
  beforeEach(() => {
    start += HOUR_MS
    vi.useFakeTimers({
      now: start,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    })
  })
  afterEach(() => vi.useRealTimers())

  /** Lets what is under way finish (requests, renders, timers due now), the clock unmoved. */
  const settle = () =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(0)
      await realPause(10)
    })

  /**
   * Waits in real time, the clock unmoved, until `find` stops throwing; returns what it found.
   * Generous by default: a busy machine only makes it wait longer (the first page of a file also
   * compiles the lazy route).
   */
  async function eventually<T>(find: () => T, timeoutMs = 30_000): Promise<T> {
    const deadline = performance.now() + timeoutMs
    for (;;) {
      try {
        return find()
      } catch (error) {
        if (performance.now() > deadline) throw error
      }
      await settle()
    }
  }

  /** Moves the clock `ms` ahead, running every timer due on the way. */
  const advance = (ms: number) =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ms)
    })

  /**
   * Moves the clock `step` at a time, with a moment of real time after each for what the step
   * started, until `find` stops throwing; returns what it found. Past `limit` of clock time,
   * `find` gets one last ordinary wait.
   */
  async function advanceUntil<T>(find: () => T, { step = 1000, limit = 60_000 } = {}) {
    for (let moved = 0; moved < limit; moved += step) {
      try {
        return await eventually(find, 50)
      } catch {
        // Not yet: move the clock on.
      }
      await advance(step)
    }
    return eventually(find)
  }

  return { eventually, advance, advanceUntil }
}
