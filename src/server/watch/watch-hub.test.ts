// @vitest-environment node
import type { WatchAnswer } from '@/shared/watch-protocol'
import { type WatchMessage, createWatchHub } from './watch-hub'
import type { WatchPoll } from './watch-poll'

/*
 * The hub on its own, on a fake clock: a poll function that counts its calls stands in for the
 * reads (watch-route.test.ts goes through the server to a fake Handinger).
 */
const INTERVAL = 2000

function answer(status: number, text: string, headers: [string, string][] = []): WatchAnswer {
  return { path: '/api/workers/wrk_1', status, headers, text }
}

/** A run whose answers the test sets; each poll returns the current one. */
function fakeRun(
  first: WatchPoll = { answers: [answer(200, '{"status":"running"}')], live: true },
) {
  let current = first
  let polls = 0
  return {
    poll: async () => {
      polls += 1
      return current
    },
    set: (next: WatchPoll) => {
      current = next
    },
    polls: () => polls,
  }
}

function viewer() {
  const messages: WatchMessage[] = []
  return {
    listen: (message: WatchMessage) => void messages.push(message),
    states: () => messages.flatMap((m) => (m.type === 'state' ? [m] : [])),
    ended: () => messages.some((m) => m.type === 'end'),
  }
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }))
afterEach(() => vi.useRealTimers())

describe('the watch hub', () => {
  it('polls once per interval however many viewers join, whenever they join', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL, random: () => 0 })
    const run = fakeRun()
    const viewers = Array.from({ length: 20 }, viewer)
    for (const [index, each] of viewers.entries()) {
      hub.join('key-a /workers/wrk_1', run.poll, each.listen)
      // Viewers arrive at odd moments across ten intervals.
      await vi.advanceTimersByTimeAsync(((index * 7919) % 1000) + 500)
    }
    const elapsed = viewers.reduce((sum, _v, index) => sum + ((index * 7919) % 1000) + 500, 0)
    // The first poll at once, then one per interval since.
    expect(run.polls()).toBe(1 + Math.floor(elapsed / INTERVAL))
    expect(hub.size()).toBe(1)
  })

  it('gives a viewer joining late the current state at once, and every change after', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL })
    const run = fakeRun()
    const early = viewer()
    hub.join('k', run.poll, early.listen)
    await vi.advanceTimersByTimeAsync(0)
    expect(early.states()).toHaveLength(1)

    await vi.advanceTimersByTimeAsync(5 * INTERVAL)
    const late = viewer()
    hub.join('k', run.poll, late.listen)
    // Synchronously, before any further poll.
    expect(late.states().map((s) => s.state.answers[0]?.text)).toEqual(['{"status":"running"}'])
    expect(late.states()[0]?.id).toBe(early.states()[0]?.id)
    // Unchanged polls send nothing new.
    expect(early.states()).toHaveLength(1)

    run.set({ answers: [answer(200, '{"status":"running","step":2}')], live: true })
    await vi.advanceTimersByTimeAsync(INTERVAL)
    for (const each of [early, late]) {
      expect(each.states().at(-1)?.state.answers[0]?.text).toBe('{"status":"running","step":2}')
    }
    expect(late.states().at(-1)?.id).toBe(early.states().at(-1)?.id)
  })

  it('does not resend the state a reconnecting browser already has', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL })
    const run = fakeRun()
    const first = viewer()
    hub.join('k', run.poll, first.listen)
    await vi.advanceTimersByTimeAsync(0)
    const id = first.states()[0]?.id ?? ''
    const back = viewer()
    hub.join('k', run.poll, back.listen, id)
    expect(back.states()).toEqual([])
  })

  it('stops polling when the last viewer leaves', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL })
    const run = fakeRun()
    const leaveA = hub.join('k', run.poll, viewer().listen)
    const leaveB = hub.join('k', run.poll, viewer().listen)
    await vi.advanceTimersByTimeAsync(3 * INTERVAL)
    leaveA()
    await vi.advanceTimersByTimeAsync(INTERVAL)
    const polled = run.polls()
    expect(polled).toBe(5)
    leaveB()
    await vi.advanceTimersByTimeAsync(20 * INTERVAL)
    expect(run.polls()).toBe(polled)
    expect(hub.size()).toBe(0)
  })

  it('stops when the run finishes: viewers get the final state, then the end', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL })
    const run = fakeRun()
    const watching = viewer()
    hub.join('k', run.poll, watching.listen)
    await vi.advanceTimersByTimeAsync(INTERVAL)
    run.set({ answers: [answer(200, '{"status":"completed"}')], live: false })
    await vi.advanceTimersByTimeAsync(INTERVAL)
    expect(watching.states().at(-1)?.state.answers[0]?.text).toBe('{"status":"completed"}')
    expect(watching.ended()).toBe(true)
    const polled = run.polls()
    await vi.advanceTimersByTimeAsync(20 * INTERVAL)
    expect(run.polls()).toBe(polled)
    expect(hub.size()).toBe(0)
  })

  it('never lets two keys meet: each watch polls and tells only its own', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL })
    const runA = fakeRun({ answers: [answer(200, '{"for":"a"}')], live: true })
    const runB = fakeRun({ answers: [answer(200, '{"for":"b"}')], live: true })
    const a = viewer()
    const b = viewer()
    hub.join('credential-a /workers/wrk_1', runA.poll, a.listen)
    hub.join('credential-b /workers/wrk_1', runB.poll, b.listen)
    await vi.advanceTimersByTimeAsync(2 * INTERVAL)
    expect(runA.polls()).toBe(3)
    expect(runB.polls()).toBe(3)
    expect(a.states().map((s) => s.state.answers[0]?.text)).toEqual(['{"for":"a"}'])
    expect(b.states().map((s) => s.state.answers[0]?.text)).toEqual(['{"for":"b"}'])
  })

  it('passes a 429 on and waits as long as it asks before reading again', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL, random: () => 0 })
    const run = fakeRun({
      answers: [answer(429, '{"error":"Slow down"}', [['retry-after', '7']])],
      live: null,
    })
    const watching = viewer()
    hub.join('k', run.poll, watching.listen)
    await vi.advanceTimersByTimeAsync(0)
    expect(watching.states()[0]?.state.answers[0]).toMatchObject({
      status: 429,
      headers: [['retry-after', '7']],
    })
    await vi.advanceTimersByTimeAsync(6_900)
    expect(run.polls()).toBe(1)
    run.set({ answers: [answer(200, '{"status":"running"}')], live: true })
    await vi.advanceTimersByTimeAsync(100)
    expect(run.polls()).toBe(2)
    expect(watching.states().at(-1)?.state.answers[0]?.status).toBe(200)
    // Back to the interval once it answers again.
    await vi.advanceTimersByTimeAsync(INTERVAL)
    expect(run.polls()).toBe(3)
  })

  it('backs off after server errors as the page does, and stops at a refused request', async () => {
    const hub = createWatchHub({ intervalMs: INTERVAL, random: () => 1 })
    const run = fakeRun({ answers: [answer(503, '{"error":"Down"}')], live: null })
    const watching = viewer()
    hub.join('k', run.poll, watching.listen)
    // Full jitter at its ceiling (random 1): 1 s, then 2 s, then 4 s.
    await vi.advanceTimersByTimeAsync(1000)
    expect(run.polls()).toBe(2)
    await vi.advanceTimersByTimeAsync(1999)
    expect(run.polls()).toBe(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(run.polls()).toBe(3)

    run.set({ answers: [answer(401, '{"error":"Invalid API key"}')], live: null })
    await vi.advanceTimersByTimeAsync(4000)
    expect(watching.states().at(-1)?.state.answers[0]?.status).toBe(401)
    expect(watching.ended()).toBe(true)
    const polled = run.polls()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(run.polls()).toBe(polled)
  })
})
