/*
 * Guessing the access secret or someone's key is slowed down where it is tried: per client
 * address (per /64 for IPv6, see limitKey), the first few failures are free, then each one
 * doubles the wait before the next try (1 s, 2 s, 4 s … up to 15 minutes); a success clears the
 * address. Across all addresses, more than `globalFailures` failures within a minute close
 * sign-in for everyone until that minute has passed: many addresses guessing at once are an
 * attack, and the brief lock is the price of stopping it. Kept in memory, per process.
 */
export type SignInLimitOptions = {
  now?: () => number
  /** Failures an address may have before it waits. */
  freeFailures?: number
  baseMs?: number
  maxMs?: number
  globalFailures?: number
  globalWindowMs?: number
  /** Addresses remembered at once; the longest quiet go first. */
  maxAddresses?: number
}

export type SignInLimits = ReturnType<typeof createSignInLimits>

type Tally = { failures: number; until: number; last: number }

export function createSignInLimits(options: SignInLimitOptions = {}) {
  const {
    now = Date.now,
    freeFailures = 3,
    baseMs = 1000,
    maxMs = 15 * 60_000,
    globalFailures = 100,
    globalWindowMs = 60_000,
    maxAddresses = 10_000,
  } = options
  const byAddress = new Map<string, Tally>()
  // The times of the latest failures, oldest first, at most `globalFailures` of them.
  const recent: number[] = []

  function current(key: string, time: number): Tally | null {
    const record = byAddress.get(key)
    // Quiet for twice the longest wait: the slate is clean again.
    if (record && time - record.last > 2 * maxMs) {
      byAddress.delete(key)
      return null
    }
    return record ?? null
  }

  return {
    /** How long this address must wait before its next try, in ms; 0 when it may try now. */
    waitMs(key: string): number {
      const time = now()
      const own = Math.max(0, (current(key, time)?.until ?? 0) - time)
      const oldest = recent[0]
      const global =
        recent.length >= globalFailures && oldest !== undefined
          ? Math.max(0, oldest + globalWindowMs - time)
          : 0
      return Math.max(own, global)
    },
    failed(key: string): void {
      const time = now()
      const record = current(key, time) ?? { failures: 0, until: 0, last: time }
      record.failures += 1
      record.last = time
      const over = record.failures - freeFailures
      if (over > 0) record.until = time + Math.min(baseMs * 2 ** (over - 1), maxMs)
      byAddress.delete(key)
      byAddress.set(key, record)
      for (const oldest of byAddress.keys()) {
        if (byAddress.size <= maxAddresses) break
        byAddress.delete(oldest)
      }
      recent.push(time)
      if (recent.length > globalFailures) recent.shift()
    },
    succeeded(key: string): void {
      byAddress.delete(key)
    },
  }
}
