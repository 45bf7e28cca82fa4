import type { MiddlewareHandler } from 'hono'
import { type ClientAddressVariables, limitKey } from './client-address'

/*
 * Requests per client address (per /64 for IPv6): a token bucket that holds `burst` requests
 * and refills `perSecond`. A page polls a few queries every 2 s and loads a handful at once, so
 * the defaults leave people far below them and stop a script that loops on /api. Past it, 429
 * with Retry-After, which the page's own retry rule honours. In memory, per process (per isolate
 * on the edge), bounded in the number of addresses it remembers.
 */
export type RateLimit = { burst: number; perSecond: number }

export const DEFAULT_API_RATE: RateLimit = { burst: 40, perSecond: 20 }

type Bucket = { tokens: number; at: number }

export function createRateLimiter(
  { burst, perSecond }: RateLimit,
  { now = Date.now, maxClients = 10_000 }: { now?: () => number; maxClients?: number } = {},
) {
  const buckets = new Map<string, Bucket>()
  return {
    /** 0 when the request may go now (and takes a token); else how long to wait, in ms. */
    take(key: string): number {
      const time = now()
      const held = buckets.get(key)
      const tokens = held
        ? Math.min(burst, held.tokens + ((time - held.at) / 1000) * perSecond)
        : burst
      buckets.delete(key)
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: time })
        for (const oldest of buckets.keys()) {
          if (buckets.size <= maxClients) break
          buckets.delete(oldest)
        }
        return 0
      }
      buckets.set(key, { tokens, at: time })
      return Math.ceil(((1 - tokens) / perSecond) * 1000)
    },
  }
}

export function rateLimit<E extends { Variables: ClientAddressVariables }>(
  limit: RateLimit,
  options?: { now?: () => number },
): MiddlewareHandler<E> {
  const limiter = createRateLimiter(limit, options)
  return async (c, next) => {
    const waitMs = limiter.take(limitKey(c.get('clientAddress')))
    if (waitMs === 0) return next()
    const seconds = Math.max(1, Math.ceil(waitMs / 1000))
    return c.json({ error: `Too many requests; try again in ${seconds} s.` }, 429, {
      'Retry-After': String(seconds),
      'Cache-Control': 'no-store',
    })
  }
}
