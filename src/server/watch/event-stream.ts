import {
  WATCH_EVENT,
  WATCH_HEARTBEAT_MS,
  WATCH_RETRY_MS,
  type WatchAlive,
  type WatchState,
} from '@/shared/watch-protocol'
import { API_POLICY } from '../security-headers'
import type { WatchFeed, WatchJoin } from './watch-feed'

export type EventStreamOptions = {
  feed: WatchFeed
  join: WatchJoin
  /** Aborted when the browser goes away. */
  signal: AbortSignal
  /** Told every state before it is sent (the files it lists may then be previewed). */
  onState?: (state: WatchState) => void
  heartbeatMs?: number
  now?: () => number
}

const encoder = new TextEncoder()

// A state goes to every viewer of its watch as the same bytes: encoded once, not once per viewer.
const encodedStates = new WeakMap<WatchState, Uint8Array>()

function stateEvent(id: string, state: WatchState): Uint8Array {
  let bytes = encodedStates.get(state)
  if (!bytes) {
    bytes = encoder.encode(
      `id: ${id}\nevent: ${WATCH_EVENT.state}\ndata: ${JSON.stringify(state)}\n\n`,
    )
    encodedStates.set(state, bytes)
  }
  return bytes
}

/*
 * One viewer's Server-Sent Events: a `retry:` hint, then the current state (with its id, so a
 * reconnecting browser that already has it is not sent it again), each change as it comes, and
 * a small `alive` event when nothing else was sent for a while. EventSource hides comment lines
 * from the page, so the heartbeat is an event the page can see: it keeps proxies from closing a
 * quiet connection and tells the page the stream still flows and how fresh its data is.
 */
export function eventStream(options: EventStreamOptions): Response {
  const { feed, join, signal, onState } = options
  const heartbeatMs = options.heartbeatMs ?? WATCH_HEARTBEAT_MS
  const now = options.now ?? Date.now
  let stop = () => {}

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false
      let okCheckedAt: number | null = null
      let leave: (() => void) | null = null
      let lastSentAt = now()
      const write = (text: string | Uint8Array) => {
        if (closed) return
        lastSentAt = now()
        controller.enqueue(typeof text === 'string' ? encoder.encode(text) : text)
      }
      const beat = setInterval(() => {
        if (now() - lastSentAt < heartbeatMs / 2) return
        const alive: WatchAlive = {
          ageMs: okCheckedAt === null ? null : Math.max(0, now() - okCheckedAt),
        }
        write(`event: ${WATCH_EVENT.alive}\ndata: ${JSON.stringify(alive)}\n\n`)
      }, heartbeatMs)
      stop = () => {
        if (closed) return
        closed = true
        clearInterval(beat)
        signal.removeEventListener('abort', stop)
        const left = leave
        leave = null
        left?.()
        try {
          controller.close()
        } catch {
          // Already cancelled by the browser going away.
        }
      }
      signal.addEventListener('abort', stop)
      // The comment line goes out at once, so a proxy passes the headers on.
      write(`retry: ${WATCH_RETRY_MS}\n: watching\n\n`)
      try {
        const joined = await feed.join(join, (message) => {
          if (message.type === 'checked') okCheckedAt = message.at
          else if (message.type === 'state') {
            onState?.(message.state)
            write(stateEvent(message.id, message.state))
          } else {
            write(`event: ${WATCH_EVENT.end}\ndata: {}\n\n`)
            stop()
          }
        })
        // The browser left (or the watch ended) while it was joining.
        if (closed) joined()
        else leave = joined
      } catch {
        // The watch could not be reached: the page falls back to polling by itself.
        write(`event: ${WATCH_EVENT.end}\ndata: {}\n\n`)
        stop()
      }
      if (signal.aborted) stop()
    },
    cancel() {
      stop()
    },
  })

  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: no proxy may compress or buffer it; X-Accel-Buffering says so to nginx.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
      'Content-Security-Policy': API_POLICY,
    },
  })
}
