// @vitest-environment node
import { parseWatchState } from '@/shared/watch-protocol'
import { createApp } from '../app'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { readEventStream } from '../../test/node/event-stream-reader'
import { TEST_KEY } from '../../test/node/expect-no-key'

/*
 * The live watch through the whole server, against a fake Handinger (a real HTTP server that
 * records every request): what a viewer receives, who shares a watch, and when reading stops.
 * Counting polls per interval is the hub's test (watch-hub.test.ts, on a fake clock).
 */
const running = (extra: object = {}) => ({
  id: 'wrk_1',
  status: 'running',
  running: true,
  ...extra,
})
const upstream = setupFakeHandinger(answerJson(200, running()))
const workerReads = () => upstream.requests.filter((r) => r.url === '/api/workers/wrk_1')

// A long interval unless a test needs the poll to go round: then nothing but joins cause reads.
function liveApp(intervalMs = 60_000) {
  return createApp({
    upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY, shareMs: 0 },
    watch: { hub: { intervalMs }, heartbeatMs: 50 },
  })
}

type App = ReturnType<typeof createApp>

async function watch(app: App, path = '/_app/watch/workers/wrk_1', headers: HeadersInit = {}) {
  const response = await app.request(path, { headers })
  expect(response.status).toBe(200)
  return { response, stream: readEventStream(response) }
}

async function nextState(stream: ReturnType<typeof readEventStream>) {
  const event = await stream.next('state')
  const state = parseWatchState(event.data)
  if (!state) throw new Error(`not a state: ${event.data}`)
  return { id: event.id, state, answer: state.answers[0] }
}

describe('the live watch', () => {
  it('sends the state the page would have fetched, with an id, a retry hint and heartbeats', async () => {
    const app = liveApp()
    const fetched = await app.request('/api/workers/wrk_1')
    const { response, stream } = await watch(app)
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(response.headers.get('cache-control')).toContain('no-store')
    const { id, answer } = await nextState(stream)
    expect(id).toMatch(/\S/)
    expect(answer).toMatchObject({ path: '/api/workers/wrk_1', status: 200 })
    expect(answer?.text).toBe(await fetched.text())
    // The ETag /api gives the same body, so the page's next fetch of it can be a 304.
    expect(answer?.headers).toContainEqual(['etag', fetched.headers.get('etag')])
    expect(JSON.parse((await stream.next('alive')).data)).toEqual({ ageMs: expect.any(Number) })
    expect(stream.raw()).toMatch(/^retry: \d+\n/)
    expect(stream.raw()).not.toContain(TEST_KEY)
    await stream.cancel()
  })

  it('gives a viewer who joins later the current state at once, from the same read', async () => {
    const app = liveApp()
    const early = await watch(app)
    const first = await nextState(early.stream)
    const late = await watch(app)
    const joined = await nextState(late.stream)
    expect(joined.id).toBe(first.id)
    expect(joined.answer?.text).toBe(first.answer?.text)
    expect(workerReads()).toHaveLength(1)
    await Promise.all([early.stream.cancel(), late.stream.cancel()])
  })

  it('stops reading Handinger once the last viewer has left', async () => {
    const app = liveApp(20)
    const viewers = [await watch(app), await watch(app)]
    await nextState(viewers[0]!.stream)
    await vi.waitFor(() => expect(workerReads().length).toBeGreaterThan(3))
    for (const viewer of viewers) await viewer.stream.cancel()
    // A read under way when they left may still land; none starts after it.
    const after = workerReads().length
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(workerReads().length).toBeLessThanOrEqual(after + 1)
  })

  it('sends the final state and closes when the run finishes, then reads no more', async () => {
    upstream.answer((req, res) =>
      answerJson(
        200,
        workerReads().length >= 3
          ? { ...running(), status: 'completed', running: false }
          : running(),
      )(req, res),
    )
    const app = liveApp(20)
    const { stream } = await watch(app)
    expect((await nextState(stream)).answer?.text).toContain('"running"')
    expect((await nextState(stream)).answer?.text).toContain('"completed"')
    await stream.next('end')
    expect(await stream.done()).toBe(true)
    const reads = workerReads().length
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(workerReads()).toHaveLength(reads)
  })

  it('passes an error on as the page reads it: a 429 with its Retry-After', async () => {
    upstream.answer(answerJson(429, { error: 'Rate limit exceeded' }, { 'Retry-After': '30' }))
    const { stream } = await watch(liveApp())
    const { answer } = await nextState(stream)
    expect(answer).toMatchObject({ status: 429, text: '{"error":"Rate limit exceeded"}' })
    expect(answer?.headers).toContainEqual(['retry-after', '30'])
    await stream.cancel()
  })

  it('never lets two keys share a watch', async () => {
    upstream.answer((req, res) => {
      const key = req.headers.authorization === `Bearer ${TEST_KEY}` ? 'first' : 'second'
      answerJson(200, running({ output_text: `seen with the ${key} key` }))(req, res)
    })
    const app = createApp({
      upstream: { baseUrl: upstream.baseUrl, shareMs: 0 },
      access: { mode: 'byok', sessionSecret: 's'.repeat(32), sessionDays: 7 },
      watch: { hub: { intervalMs: 60_000 } },
    })
    const signIn = async (apiKey: string) => {
      const response = await app.request('/_app/session', {
        method: 'POST',
        headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
        body: JSON.stringify({ apiKey }),
      })
      expect(response.status).toBe(204)
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    }
    const [first, second] = [await signIn(TEST_KEY), await signIn('hdg_live_another_key')]
    const a = await watch(app, undefined, { Cookie: first })
    const b = await watch(app, undefined, { Cookie: second })
    const a2 = await watch(app, undefined, { Cookie: first })
    const [stateA, stateB, stateA2] = [
      await nextState(a.stream),
      await nextState(b.stream),
      await nextState(a2.stream),
    ]
    expect(stateA.answer?.text).toContain('seen with the first key')
    expect(stateB.answer?.text).toContain('seen with the second key')
    expect(stateB.id).not.toBe(stateA.id)
    // The same key's second viewer joined the first one's watch.
    expect(stateA2.id).toBe(stateA.id)
    expect(workerReads().map((r) => r.headers.authorization)).toEqual([
      `Bearer ${TEST_KEY}`,
      'Bearer hdg_live_another_key',
    ])
    for (const viewer of [a, b, a2]) {
      expect(viewer.stream.raw()).not.toContain(TEST_KEY)
      await viewer.stream.cancel()
    }
  })

  it('is behind the same sign-in as /api, and checks the IDs it is given', async () => {
    const team = createApp({
      upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
      access: {
        mode: 'team',
        secret: 'a'.repeat(16),
        identityHeader: null,
        sessionSecret: 's'.repeat(32),
        sessionDays: 7,
      },
    })
    const refused = await team.request('/_app/watch/workers/wrk_1')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('content-type')).toContain('application/json')
    const app = liveApp()
    for (const path of [
      '/_app/watch/workers/wrk_1?taskId=a..b',
      '/_app/watch/tasks/tsk.1',
      '/_app/watch/workers/wrk%2F1',
    ]) {
      const response = await app.request(path)
      expect(response.status, path).toBe(400)
      expect(await response.json()).toEqual({ error: 'Invalid worker or task ID.' })
    }
    expect(upstream.requests).toEqual([])
  })
})

describe('the live watch in demo mode', () => {
  it('watches the run the browser carries, and tasks with their turns', async () => {
    const app = createApp({ upstream: null, watch: { hub: { intervalMs: 60_000 } } })
    const fetched = await app.request('/api/workers/wrk_demo-live')
    const cookies = fetched.headers.getSetCookie()
    // The run cookie also goes to the worker's watch, so the browser sends it there.
    expect(cookies.some((c) => c.includes('Path=/_app/watch/workers/wrk_demo-live;'))).toBe(true)
    const cookie = cookies[0]?.split(';')[0] ?? ''
    const { stream } = await watch(app, '/_app/watch/workers/wrk_demo-live', { Cookie: cookie })
    const { answer } = await nextState(stream)
    expect(JSON.parse(answer?.text ?? '').created_at).toBe(
      JSON.parse(await fetched.text()).created_at,
    )
    await stream.cancel()

    // A task in the current shape is read with its /turns, as the page's fetch reads it.
    const task = await watch(app, '/_app/watch/tasks/tsk_demo-market')
    const taskState = await nextState(task.stream)
    expect(taskState.state.answers.map((a) => [a.path, a.status])).toEqual([
      ['/api/tasks/tsk_demo-market', 200],
      ['/api/tasks/tsk_demo-market/turns', 200],
    ])
    await task.stream.done()
  })
})
