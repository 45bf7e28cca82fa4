import { parseRetryAfter } from '@/shared/retry-after'
import type { UpstreamSnapshot } from './upstream'

/*
 * Many tabs and teammates polling one running worker must not multiply Handinger traffic or
 * rate limits. An identical read (same key hash, method and path) joins the one in flight, and
 * a successful answer is kept for `shareMs` (about a second, under the 2 s poll). Errors are
 * shared only while in flight, except a 429, which holds for its Retry-After, up to `shareMs`:
 * asking again sooner would only be refused again.
 */
export type ShareSource = 'fetched' | 'joined' | 'cached'

type Entry = { snapshot: Promise<UpstreamSnapshot>; expiresAt: number }

export function createSharedReads(options: { shareMs: number; now: () => number }) {
  const { shareMs, now } = options
  const entries = new Map<string, Entry>()

  function sweep(time: number) {
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key)
  }

  return {
    async read(
      key: string,
      load: () => Promise<UpstreamSnapshot>,
    ): Promise<{ snapshot: UpstreamSnapshot; source: ShareSource }> {
      const time = now()
      sweep(time)
      const existing = entries.get(key)
      if (existing) {
        const inFlight = existing.expiresAt === Number.POSITIVE_INFINITY
        return { snapshot: await existing.snapshot, source: inFlight ? 'joined' : 'cached' }
      }
      const entry: Entry = { snapshot: load(), expiresAt: Number.POSITIVE_INFINITY }
      entries.set(key, entry)
      const snapshot = await entry.snapshot
      const keepMs = keepFor(snapshot, shareMs)
      if (keepMs > 0) entry.expiresAt = now() + keepMs
      else if (entries.get(key) === entry) entries.delete(key)
      return { snapshot, source: 'fetched' }
    },
    /** Answers held or in flight, for tests and the bench. */
    size: () => entries.size,
  }
}

function keepFor(snapshot: UpstreamSnapshot, shareMs: number): number {
  if (snapshot.status >= 200 && snapshot.status < 300) return shareMs
  if (snapshot.status === 429) {
    return Math.min(parseRetryAfter(new Headers(snapshot.headers)) ?? 0, shareMs)
  }
  return 0
}
