import { type Storage, createStorage } from 'unstorage'

/*
 * The server's one key-value store, for whatever must outlive a request or be seen by every
 * instance: revoked sessions now, shared snapshots later. Backed by unstorage, so the same code
 * keeps its data in files on Node (DATA_DIR, node/file-store.ts), in Workers KV on Cloudflare
 * (edge/edge-store.ts) and in memory in tests. Values are JSON; an entry may carry an expiry,
 * after which it reads as absent wherever the driver cannot expire it by itself.
 */
export type Store = {
  get: (key: string) => Promise<unknown>
  /** `expiresAt` in epoch ms; the entry reads as absent from then on. */
  set: (key: string, value: unknown, options?: { expiresAt?: number }) => Promise<void>
  remove: (key: string) => Promise<void>
  /** Keys under a prefix (`revoked:`), without it. */
  keys: (prefix: string) => Promise<string[]>
  /** Where the data lives, for the start-up line. */
  kind: string
}

type Entry = { value: unknown; expiresAt: number | null }

// Workers KV refuses expiries under 60 s; a shorter one is simply checked on read.
const MIN_DRIVER_TTL_SECONDS = 60

export function storeOn(storage: Storage, kind: string, now: () => number = Date.now): Store {
  return {
    kind,
    async get(key) {
      const entry = asEntry(await storage.getItem(key))
      if (!entry) return null
      if (entry.expiresAt !== null && entry.expiresAt <= now()) {
        await storage.removeItem(key)
        return null
      }
      return entry.value
    },
    async set(key, value, options = {}) {
      const expiresAt = options.expiresAt ?? null
      const ttl = expiresAt === null ? undefined : Math.ceil((expiresAt - now()) / 1000)
      const entry: Entry = { value, expiresAt }
      await storage.setItem(
        key,
        entry,
        ttl === undefined ? undefined : { ttl: Math.max(ttl, MIN_DRIVER_TTL_SECONDS) },
      )
    },
    remove: (key) => storage.removeItem(key),
    async keys(prefix) {
      const base = prefix.replace(/:$/, '')
      const keys = await storage.getKeys(base)
      return keys.map((key) => key.slice(base.length + 1))
    },
  }
}

/** In memory: tests, and runtimes given nowhere to keep data (see the README). */
export function memoryStore(now?: () => number): Store {
  return storeOn(createStorage(), 'memory', now)
}

function asEntry(raw: unknown): Entry | null {
  if (typeof raw !== 'object' || raw === null || !('value' in raw)) return null
  const expiresAt = 'expiresAt' in raw && typeof raw.expiresAt === 'number' ? raw.expiresAt : null
  return { value: raw.value, expiresAt }
}
