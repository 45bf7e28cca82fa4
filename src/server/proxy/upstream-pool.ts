/*
 * How many requests the server has out to Handinger (and to file hosts) at once: at most
 * `perCredential` for one key (one person's tabs cannot take every connection) and `overall`
 * for the whole server (a burst cannot open thousands of sockets or run up the upstream's rate
 * limit). Beyond that a request is refused at once with 503 and Retry-After, rather than queued
 * where it would only wait longer than the page's own poll. Identical reads share one request
 * (shared-reads.ts) before they get here, so a slot is one real upstream call.
 */
export type PoolLimits = { perCredential: number; overall: number }

export const DEFAULT_POOL: PoolLimits = { perCredential: 8, overall: 64 }

/** How long the refused are asked to wait: a slot usually frees within an upstream round trip. */
export const POOL_RETRY_SECONDS = 1

export type UpstreamPool = {
  /** A release function when a slot was free; null when this credential or the server is full. */
  tryAcquire: (credential: string) => (() => void) | null
  /** Requests out now, for tests. */
  inUse: () => number
}

export function createUpstreamPool(limits: PoolLimits = DEFAULT_POOL): UpstreamPool {
  const byCredential = new Map<string, number>()
  let total = 0
  return {
    tryAcquire(credential) {
      const mine = byCredential.get(credential) ?? 0
      if (mine >= limits.perCredential || total >= limits.overall) return null
      byCredential.set(credential, mine + 1)
      total += 1
      let released = false
      return () => {
        if (released) return
        released = true
        total -= 1
        const left = (byCredential.get(credential) ?? 1) - 1
        if (left > 0) byCredential.set(credential, left)
        else byCredential.delete(credential)
      }
    },
    inUse: () => total,
  }
}

export const POOL_FULL_MESSAGE =
  'The inspector has too many requests to Handinger in progress; try again in a moment.'
