// @vitest-environment node
import { parseWatchState } from '@/shared/watch-protocol'
import { readEventStream } from '../../test/node/event-stream-reader'
import type { EdgeBindings } from './edge-env'
import worker, { WatchRoom } from './worker'

/*
 * The edge entry with a stand-in for the Durable Object namespace that does what Cloudflare
 * does: one WatchRoom per name, reached through a stub's fetch. (e2e/live-watch.spec.ts runs
 * the real thing in workerd.)
 */
function namespace(env: EdgeBindings) {
  const rooms = new Map<string, WatchRoom>()
  return {
    rooms,
    binding: {
      idFromName: (name: string) => ({ name }),
      get: ({ name }: { name: string }) => ({
        fetch: (input: string, init: RequestInit) => {
          const room = rooms.get(name) ?? new WatchRoom({}, env)
          rooms.set(name, room)
          return room.fetch(new Request(input, init))
        },
      }),
    },
  }
}

const ASSETS = { fetch: async () => new Response(null, { status: 404 }) }

describe('the live watch on the edge', () => {
  it('puts the viewers of one view in one Durable Object, whichever isolate serves them', async () => {
    const base = { ASSETS, ACCESS_MODE: 'none', ALLOWED_HOSTS: 'inspector.example' }
    const { rooms, binding } = namespace(base)
    // Two bindings objects: two isolates, as far as the entry can tell.
    const envs = [
      { ...base, WATCH_ROOMS: binding },
      { ...base, WATCH_ROOMS: binding },
    ]
    const open = (env: (typeof envs)[number]) =>
      worker.fetch(
        new Request('https://inspector.example/_app/watch/workers/wrk_demo-long-running'),
        env,
      )
    const viewers = [readEventStream(await open(envs[0]!)), readEventStream(await open(envs[1]!))]
    const states = await Promise.all(viewers.map((viewer) => viewer.next('state')))
    expect(rooms.size).toBe(1)
    expect(states[1]?.id).toBe(states[0]?.id)
    const state = parseWatchState(states[0]?.data ?? '')
    expect(state?.answers[0]).toMatchObject({
      path: '/api/workers/wrk_demo-long-running',
      status: 200,
    })
    await Promise.all(viewers.map((viewer) => viewer.cancel()))

    // Another view is another object.
    const task = readEventStream(
      await worker.fetch(
        new Request('https://inspector.example/_app/watch/tasks/tsk_demo-long-running'),
        envs[0]!,
      ),
    )
    await task.next('state')
    expect(rooms.size).toBe(2)
    await task.cancel()
  })
})
