// @vitest-environment node
import { createRateLimiter } from './rate-limit'

describe('createRateLimiter', () => {
  it('allows a burst, then one request per refill, and says how long to wait', () => {
    let time = 0
    const limiter = createRateLimiter({ burst: 2, perSecond: 4 }, { now: () => time })
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 250])
    time += 250
    expect(limiter.take('a')).toBe(0)
    expect(limiter.take('a')).toBe(250)
    expect(limiter.take('b')).toBe(0)
    time += 10_000
    // Refilled to the burst, never beyond it.
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 250])
  })
})
