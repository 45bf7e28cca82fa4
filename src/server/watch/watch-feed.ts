import type { WatchTarget } from '@/shared/watch-protocol'
import type { ReadApi } from './watch-poll'
import { type WatchHubOptions, type WatchListener, createWatchHub } from './watch-hub'
import { pollTarget } from './watch-poll'
import type { WatchCredential } from './watched-reads'

export type WatchJoin = {
  /** Names the one watch of this view and credential: the view, the key's hash, never the key. */
  room: string
  target: WatchTarget
  credential: WatchCredential
  /** The Last-Event-ID a reconnecting browser sent. */
  lastEventId: string | null
}

/**
 * Where the watches live: this process on Node (below), a Durable Object per watch on
 * Cloudflare Workers (edge/watch-room.ts). Either way a viewer joins and is told each message
 * until it leaves, or an `end` message says the watch is over.
 */
export type WatchFeed = {
  join: (join: WatchJoin, viewer: WatchListener) => Promise<() => void>
}

/** The watches of one process, reading through `readsFor` (the app's own /api source). */
export function localWatchFeed(
  readsFor: (credential: WatchCredential) => ReadApi,
  options?: WatchHubOptions,
): WatchFeed & { size: () => number } {
  const hub = createWatchHub(options)
  return {
    join: async ({ room, target, credential, lastEventId }, viewer) =>
      hub.join(room, () => pollTarget(target, readsFor(credential)), viewer, lastEventId),
    size: hub.size,
  }
}
