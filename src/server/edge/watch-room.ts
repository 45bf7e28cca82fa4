import { isRecord } from '@/shared/guards'
import { parseId } from '@/shared/ids'
import { type WatchTarget, readWatchState } from '@/shared/watch-protocol'
import { createApiSource } from '../api-source'
import type { WatchFeed, WatchJoin } from '../watch/watch-feed'
import { type WatchMessage, createWatchHub } from '../watch/watch-hub'
import { pollTarget } from '../watch/watch-poll'
import { type WatchCredential, createWatchedReads } from '../watch/watched-reads'
import { type EdgeBindings, appOptionsFromBindings } from './edge-env'

/*
 * On Cloudflare Workers a watch is a Durable Object: one instance per view and credential (its
 * name is the watch's room name), wherever its viewers' requests land, so viewers on every
 * isolate and location share one poll. The Worker serving a viewer asks the object to join
 * (an internal request that carries the join, key included, and never leaves Cloudflare) and
 * gets its messages back as lines of JSON; it writes the Server-Sent Events itself (watch/),
 * as on Node. The object reads Handinger, or the demo, with the same code as the Worker.
 */
export class WatchRoom {
  readonly #env: EdgeBindings
  readonly #hub = createWatchHub()
  #reads:
    | ((credential: WatchCredential) => ReturnType<ReturnType<typeof createWatchedReads>>)
    | null = null

  constructor(_state: unknown, env: EdgeBindings) {
    this.#env = env
  }

  async fetch(request: Request): Promise<Response> {
    const join = readJoin(await request.json().catch(() => null))
    if (!join) return new Response('Not a watch join.', { status: 400 })
    this.#reads ??= createWatchedReads(createApiSource(appOptionsFromBindings(this.#env).upstream))
    const read = this.#reads(join.credential)
    const hub = this.#hub
    const encoder = new TextEncoder()
    let leave = () => {}
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        leave = hub.join(
          join.room,
          () => pollTarget(join.target, read),
          (message) => {
            controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`))
            if (message.type === 'end') controller.close()
          },
          join.lastEventId,
        )
      },
      // The viewer's Worker let go: the viewer left.
      cancel() {
        leave()
      },
    })
    return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson' } })
  }
}

/** What a Durable Object namespace binding offers that the feed uses. */
type RoomStub = { fetch: (input: string, init: RequestInit) => Promise<Response> }

/** The feed of a Worker whose watches are WatchRoom objects (binding WATCH_ROOMS). */
export function edgeWatchFeed(binding: unknown): WatchFeed | null {
  const room = roomGetter(binding)
  if (!room) return null
  return {
    async join(join, viewer) {
      const response = await room(join.room).fetch('https://watch-room/join', {
        method: 'POST',
        body: JSON.stringify(join),
      })
      if (!response.ok || !response.body) throw new Error('The watch could not be joined.')
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let left = false
      void (async () => {
        let buffer = ''
        try {
          for (;;) {
            const { value, done } = await reader.read()
            if (done) break
            buffer += value
            for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
              const message = readMessage(buffer.slice(0, end))
              buffer = buffer.slice(end + 1)
              if (message) viewer(message)
            }
          }
        } catch {
          // Cut off: said below.
        }
        // The object went away (an update, an eviction): the viewer reconnects and rejoins.
        if (!left) viewer({ type: 'end' })
      })()
      return () => {
        left = true
        reader.cancel().catch(() => {})
      }
    },
  }
}

/** `name => stub` over a binding, checked to be a Durable Object namespace. */
function roomGetter(binding: unknown): ((name: string) => RoomStub) | null {
  if (!isRecord(binding)) return null
  const { idFromName, get } = binding
  if (typeof idFromName !== 'function' || typeof get !== 'function') return null
  return (name) => {
    const stub: unknown = Reflect.apply(get, binding, [Reflect.apply(idFromName, binding, [name])])
    if (!isRecord(stub) || typeof stub.fetch !== 'function') throw new Error('Not a stub.')
    const fetchRoom = stub.fetch
    return { fetch: (input, init) => Reflect.apply(fetchRoom, stub, [input, init]) }
  }
}

function readJoin(raw: unknown): WatchJoin | null {
  if (!isRecord(raw) || typeof raw.room !== 'string') return null
  const target = readTarget(raw.target)
  const credential = raw.credential
  if (!target || !isRecord(credential) || typeof credential.origin !== 'string') return null
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return {
    room: raw.room,
    target,
    credential: {
      apiKey: text(credential.apiKey),
      origin: credential.origin,
      demoCookie: text(credential.demoCookie),
    },
    lastEventId: text(raw.lastEventId),
  }
}

function readTarget(raw: unknown): WatchTarget | null {
  if (!isRecord(raw)) return null
  const taskId = raw.taskId === null ? null : parseId('task', raw.taskId)
  if (raw.kind === 'task') return taskId ? { kind: 'task', taskId } : null
  const workerId = parseId('worker', raw.workerId)
  if (raw.kind !== 'worker' || !workerId || (raw.taskId !== null && !taskId)) return null
  return { kind: 'worker', workerId, taskId }
}

function readMessage(line: string): WatchMessage | null {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return null
  }
  if (!isRecord(raw)) return null
  if (raw.type === 'end') return { type: 'end' }
  if (raw.type === 'checked')
    return typeof raw.at === 'number' ? { type: 'checked', at: raw.at } : null
  if (raw.type !== 'state' || typeof raw.id !== 'string') return null
  const state = readWatchState(raw.state)
  return state ? { type: 'state', id: raw.id, state } : null
}
