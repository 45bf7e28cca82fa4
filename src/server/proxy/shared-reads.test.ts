// @vitest-environment node
import { createUpstreamProxy, type Forwarded } from './proxy'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'

/* Identical reads share one upstream call, per key, for about a second. */

let time = 1_000_000

// Each answer names the key it was fetched with (its end: a whole key is redacted), so a shared
// answer would show.
const echo = answerJson(200, (req) => ({
  worker: req.url,
  auth: req.headers.authorization?.slice(-6),
}))
const upstream = setupFakeHandinger(echo)

function proxyFor() {
  const proxy = createUpstreamProxy({
    baseUrl: upstream.baseUrl,
    apiKey: TEST_KEY,
    shareMs: 1000,
    now: () => time,
  })
  return (path: string, apiKey?: string) =>
    proxy.forward(new Request(`http://inspector.test${path}`), { apiKey })
}

/** Holds Handinger's answers until released, so reads overlap for certain. */
function holdAnswers() {
  const held: Array<() => void> = []
  let arrived!: () => void
  const firstArrived = new Promise<void>((resolve) => {
    arrived = resolve
  })
  upstream.answer((req, res) => {
    held.push(() => echo(req, res))
    arrived()
  })
  return { firstArrived, release: () => held.splice(0).forEach((send) => send()) }
}

const body = async (forwarded: Forwarded) => forwarded.response.json()

describe('shared reads', () => {
  it('two concurrent reads of one worker make one upstream call', async () => {
    const get = proxyFor()
    const gate = holdAnswers()
    const first = get('/api/workers/wrk_1')
    await gate.firstArrived
    const second = get('/api/workers/wrk_1')
    gate.release()
    const [a, b] = await Promise.all([first, second])
    expect(upstream.requests).toHaveLength(1)
    expect(await body(a)).toEqual(await body(b))
    expect(a.upstream?.source).toBe('fetched')
    expect(b.upstream?.source).toBe('joined')
    expect(b.upstream?.status).toBe(200)
  })

  it('keeps an answer for about a second, then asks again', async () => {
    const get = proxyFor()
    await get('/api/workers/wrk_1')
    time += 900
    const kept = await get('/api/workers/wrk_1')
    expect(kept.upstream?.source).toBe('cached')
    expect(kept.response.status).toBe(200)
    expect(upstream.requests).toHaveLength(1)
    time += 200
    const fresh = await get('/api/workers/wrk_1')
    expect(fresh.upstream?.source).toBe('fetched')
    expect(upstream.requests).toHaveLength(2)
  })

  it('never shares between different keys, even in flight', async () => {
    const get = proxyFor()
    const gate = holdAnswers()
    const mine = get('/api/workers/wrk_1')
    await gate.firstArrived
    const theirs = get('/api/workers/wrk_1', 'hdg_live_someone_else')
    // Wait for the second key's own request rather than release early.
    while (upstream.requests.length < 2) await new Promise((r) => setImmediate(r))
    gate.release()
    const [a, b] = await Promise.all([mine, theirs])
    expect(upstream.requests.map((r) => r.headers.authorization).sort()).toEqual(
      [`Bearer ${TEST_KEY}`, 'Bearer hdg_live_someone_else'].sort(),
    )
    expect(await body(a)).toMatchObject({ auth: TEST_KEY.slice(-6) })
    expect(await body(b)).toMatchObject({ auth: 'e_else' })
    // And nothing kept for one key is handed to the other.
    upstream.answer(echo)
    const later = await get('/api/workers/wrk_1', 'hdg_live_third_key')
    expect(await body(later)).toMatchObject({ auth: 'rd_key' })
    expect(upstream.requests).toHaveLength(3)
  })

  it('does not share different paths or tasks', async () => {
    const get = proxyFor()
    await get('/api/workers/wrk_1')
    await get('/api/workers/wrk_1?taskId=tsk_1')
    await get('/api/tasks/tsk_1')
    await get('/api/tasks/tsk_1/turns')
    expect(upstream.requests).toHaveLength(4)
  })

  it('does not keep an error answer', async () => {
    const get = proxyFor()
    upstream.answer(answerJson(500, { error: 'boom' }))
    expect((await get('/api/workers/wrk_1')).response.status).toBe(500)
    upstream.answer(answerJson(200, { id: 'wrk_1' }))
    const next = await get('/api/workers/wrk_1')
    expect(next.response.status).toBe(200)
    expect(upstream.requests).toHaveLength(2)
  })

  it('keeps a 429 for its Retry-After, never longer than the share window', async () => {
    const get = proxyFor()
    upstream.answer(answerJson(429, { error: 'slow down' }, { 'Retry-After': '30' }))
    await get('/api/workers/wrk_1')
    time += 999
    const kept = await get('/api/workers/wrk_1')
    expect(kept.response.status).toBe(429)
    expect(kept.response.headers.get('retry-after')).toBe('30')
    expect(upstream.requests).toHaveLength(1)
    time += 2
    await get('/api/workers/wrk_1')
    expect(upstream.requests).toHaveLength(2)

    upstream.answer(answerJson(429, { error: 'slow down' }, { 'Retry-After-Ms': '200' }))
    time += 5000
    await get('/api/workers/wrk_2')
    time += 250
    await get('/api/workers/wrk_2')
    expect(upstream.requests).toHaveLength(4)
  })
})
