import type { UpstreamSnapshot } from './upstream'

/*
 * The last successful answer to each read (same key hash, method and path), within a byte
 * budget, least recently used first out. It is what "304 Not Modified" from Handinger (or a
 * cache in front of it) refers to: the proxy never asks conditionally, but should such an answer
 * come, the copy it means is the one kept here.
 */
export function createLastGood(options: { maxBytes?: number; maxEntries?: number } = {}) {
  const { maxBytes = 32 * 1024 * 1024, maxEntries = 64 } = options
  const entries = new Map<string, UpstreamSnapshot>()
  let bytes = 0

  function drop(key: string) {
    const held = entries.get(key)
    if (!held) return
    bytes -= held.body.byteLength
    entries.delete(key)
  }

  return {
    get(key: string): UpstreamSnapshot | null {
      const held = entries.get(key)
      if (!held) return null
      entries.delete(key)
      entries.set(key, held)
      return held
    },
    keep(key: string, snapshot: UpstreamSnapshot): void {
      drop(key)
      if (snapshot.body.byteLength > maxBytes) return
      entries.set(key, snapshot)
      bytes += snapshot.body.byteLength
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes && entries.size <= maxEntries) break
        drop(oldest)
      }
    },
  }
}
