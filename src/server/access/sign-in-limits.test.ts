// @vitest-environment node
import { createSignInLimits } from './sign-in-limits'

function clock() {
  let time = 1_000_000
  return { now: () => time, advance: (ms: number) => void (time += ms) }
}

describe('sign-in limits', () => {
  it('lets a few failures pass, then doubles the wait with each one, up to the cap', () => {
    const { now, advance } = clock()
    const limits = createSignInLimits({ now, freeFailures: 3, baseMs: 1000, maxMs: 8000 })
    const waits: number[] = []
    for (let i = 0; i < 7; i++) {
      limits.failed('203.0.113.9')
      waits.push(limits.waitMs('203.0.113.9'))
      advance(waits.at(-1) ?? 0)
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000])
    limits.failed('203.0.113.9')
    expect(limits.waitMs('203.0.113.9')).toBe(8000)
    // Another address is not held back.
    expect(limits.waitMs('198.51.100.1')).toBe(0)
  })

  it('clears an address on success, and after a long quiet spell', () => {
    const { now, advance } = clock()
    const limits = createSignInLimits({ now, freeFailures: 1, maxMs: 60_000 })
    limits.failed('a')
    limits.failed('a')
    expect(limits.waitMs('a')).toBe(1000)
    limits.succeeded('a')
    expect(limits.waitMs('a')).toBe(0)
    limits.failed('a')
    limits.failed('a')
    advance(120_001)
    limits.failed('a')
    expect(limits.waitMs('a')).toBe(0)
  })

  it('closes sign-in for everyone while too many fail within a minute, from anywhere', () => {
    const { now, advance } = clock()
    const limits = createSignInLimits({ now, globalFailures: 5, globalWindowMs: 60_000 })
    for (let i = 0; i < 4; i++) limits.failed(`10.0.0.${i}`)
    expect(limits.waitMs('192.0.2.1')).toBe(0)
    advance(10_000)
    limits.failed('10.0.0.9')
    expect(limits.waitMs('192.0.2.1')).toBe(50_000)
    advance(50_000)
    expect(limits.waitMs('192.0.2.1')).toBe(0)
  })
})
