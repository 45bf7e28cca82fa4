// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { demoCatalog } from './catalog'
import { createDemoApi, type DemoOptions } from './demo-api'
import { generateLargeWorker, LARGE_COUNTS } from './scenarios/large'
import type { WireWorker } from './wire'

function fakeClock(start = 1_700_000_000_000) {
  let time = start
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms
    },
  }
}

function setup(options: DemoOptions = {}) {
  const clock = fakeClock()
  const app = createDemoApi({ now: clock.now, ...options })
  const get = (path: string, init?: RequestInit) => app.request(path, init)
  const worker = async (path: string) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    return (await res.json()) as WireWorker
  }
  return { clock, get, worker }
}

type Part = { type: string; toolCallId?: string; state?: string; text?: string }
type Message = { id: string; role: string; parts: Part[] }

const CURRENT_KEYS = [
  'created_at',
  'error',
  'files',
  'id',
  'incomplete_details',
  'messages',
  'metadata',
  'object',
  'output',
  'output_text',
  'running',
  'sources',
  'status',
  'structured_output',
  'url',
  'usage',
]

afterEach(() => vi.restoreAllMocks())

describe('routing and validation', () => {
  it('answers JSON with no-store for a worker', async () => {
    const { get } = setup()
    const res = await get('/api/workers/wrk_demo-research')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('rejects IDs outside the ID pattern with 400', async () => {
    const { get } = setup()
    const bad = [
      'a%2Fb',
      '..foo',
      '%2e%2e%2Fetc',
      '..%2F..%2Fetc',
      '.hidden',
      'a%20b',
      'x'.repeat(129),
      '%E2%80%8Bwrk',
    ]
    for (const id of bad) {
      const res = await get(`/api/workers/${id}`)
      expect(res.status, id).toBe(400)
      expect(await res.json()).toEqual({ error: 'Invalid worker ID' })
    }
  })

  it('never resolves a bare ".." segment to a worker', async () => {
    // URL parsing turns /api/workers/.. and /api/workers/%2e%2e into /api/ before any handler.
    const { get } = setup()
    for (const path of ['/api/workers/..', '/api/workers/%2e%2e', '/api/workers/%2E%2E?taskId=x']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(await res.json()).toEqual({ error: 'Not found' })
    }
  })

  it('rejects invalid task IDs with 400, including dot segments', async () => {
    const { get } = setup()
    for (const taskId of ['..', '%2e%2e', 'a%2Fb', '']) {
      const res = await get(`/api/workers/wrk_demo-research?taskId=${taskId}`)
      expect(res.status, taskId).toBe(400)
      expect(await res.json()).toEqual({ error: 'Invalid task ID' })
    }
  })

  it('returns 404 for unknown workers, tasks and paths', async () => {
    const { get } = setup()
    const unknownWorker = await get('/api/workers/wrk_nope')
    expect(unknownWorker.status).toBe(404)
    expect(await unknownWorker.json()).toEqual({ error: 'Worker not found' })
    const unknownTask = await get('/api/workers/wrk_demo-research?taskId=tsk_nope')
    expect(unknownTask.status).toBe(404)
    expect(await unknownTask.json()).toEqual({ error: 'Task not found' })
    const other = await get('/api/workers/wrk_demo-research/email')
    expect(other.status).toBe(404)
    expect(other.headers.get('content-type')).toBe('application/json')
    expect(await other.json()).toEqual({ error: 'Not found' })
  })

  it('allows only GET and HEAD', async () => {
    const { get } = setup()
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await get('/api/workers/wrk_demo-research', { method })
      expect(res.status, method).toBe(405)
      expect(res.headers.get('allow')).toBe('GET, HEAD')
    }
    const head = await get('/api/workers/wrk_demo-research', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('catalog', () => {
  it('lists unique, valid IDs, and every listed task loads', async () => {
    const ids = demoCatalog.map((entry) => entry.workerId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const entry of demoCatalog.filter((e) => e.kind === 'worker')) {
      const { get } = setup()
      for (const taskId of entry.taskIds) {
        const res = await get(`/api/workers/${entry.workerId}?taskId=${taskId}`)
        expect(res.status, `${entry.workerId}/${taskId}`).toBe(200)
      }
    }
  })

  it('knows every catalog worker (none answers "Worker not found")', async () => {
    const { get } = setup()
    for (const entry of demoCatalog) {
      const res = await get(`/api/workers/${entry.workerId}`)
      expect(res.status, entry.workerId).not.toBe(404)
      expect(entry.workerId).toMatch(/^wrk_demo-/)
    }
  })
})

describe('wrk_demo-research', () => {
  it('has the current Worker shape with real content in every field', async () => {
    const { worker } = setup()
    const w = await worker('/api/workers/wrk_demo-research')
    expect(Object.keys(w).sort()).toEqual(CURRENT_KEYS)
    expect(w).toMatchObject({ id: 'wrk_demo-research', object: 'worker', status: 'completed' })
    expect(w.running).toBe(false)
    expect(Number.isInteger(w.created_at)).toBe(true)
    expect(w.created_at).toBeGreaterThan(1_700_000_000)
    expect(w.created_at).toBeLessThan(2_000_000_000)
    expect(w.url).toBe('https://v3.handinger.com/worker/wrk_demo-research')
    expect(w.output).toEqual([
      {
        id: expect.any(String),
        role: 'assistant',
        status: 'completed',
        type: 'message',
        content: [{ type: 'output_text', text: w.output_text }],
      },
    ])
    for (const pattern of [
      /^# /m,
      /^\|---/m,
      /^```/m,
      /^- \[x\] /m,
      /^- \[ \] /m,
      /\]\(https:\/\//,
    ]) {
      expect(w.output_text).toMatch(pattern)
    }
    expect(w.sources.length).toBeGreaterThanOrEqual(5)
    expect(w.sources.every((s) => s.type === 'url' && s.url.startsWith('https://'))).toBe(true)
    expect(w.sources.some((s) => s.title === null)).toBe(true)
    expect(w.usage).toEqual({ credits: 12345, durationMs: 83000 })
    expect(w.structured_output).toMatchObject({ recommendation: { entryMarket: 'DE' } })
    expect(w.messages.length).toBeGreaterThanOrEqual(2)
  })

  it('publishes a CSV, a markdown file and an unnamed file named by its URL', async () => {
    const { worker } = setup()
    const { files } = await worker('/api/workers/wrk_demo-research')
    expect(files.map((f) => f.mediaType)).toEqual(['text/csv', 'text/markdown', 'application/json'])
    expect(files[0]?.filename).toBe('cargo-ebike-competitors.csv')
    expect(files[2]?.filename).toBeNull()
    expect(files[2]?.url.split('/').at(-1)).toBe('market-sizing.json')
    for (const file of files) expect(file.size).toBeGreaterThan(0)
  })

  it('selects tasks by ?taskId= and defaults to the latest', async () => {
    const { worker } = setup()
    const latest = await worker('/api/workers/wrk_demo-research')
    const byTask = new Map<string, WireWorker>()
    for (const taskId of ['tsk_demo-market', 'tsk_demo-pricing', 'tsk_demo-summary']) {
      const w = await worker(`/api/workers/wrk_demo-research?taskId=${taskId}`)
      expect(w.url).toBe(`https://v3.handinger.com/worker/wrk_demo-research/task/${taskId}`)
      expect(w.files.length).toBeGreaterThan(0)
      expect(w.sources.length).toBeGreaterThan(0)
      expect(w.structured_output).not.toBeNull()
      expect(w.usage?.credits).toBeGreaterThan(1000)
      byTask.set(taskId, w)
    }
    expect(latest.output_text).toBe(byTask.get('tsk_demo-market')?.output_text)
    const texts = new Set([...byTask.values()].map((w) => w.output_text))
    const conversations = new Set([...byTask.values()].map((w) => JSON.stringify(w.messages)))
    expect(texts.size).toBe(3)
    expect(conversations.size).toBe(3)
  })
})

describe('files', () => {
  it('serves every listed file with matching bytes and headers', async () => {
    const { worker, get } = setup()
    const w = await worker('/api/workers/wrk_demo-research?taskId=tsk_demo-market')
    for (const file of w.files) {
      const res = await get(file.url)
      expect(res.status).toBe(200)
      const bytes = new Uint8Array(await res.arrayBuffer())
      const name = decodeURIComponent(file.url.split('/').at(-1) ?? '')
      expect(bytes.byteLength).toBe(file.size)
      expect(res.headers.get('content-length')).toBe(String(file.size))
      expect(res.headers.get('content-type')).toBe(file.mediaType)
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
    const csv = await get('/_app/demo-files/wrk_demo-research/cargo-ebike-competitors.csv')
    expect((await csv.text()).split('\n')[0]).toBe(
      'brand,model,hq,type,price_from_eur,battery_wh,max_load_kg,segment',
    )
  })

  it('builds absolute file URLs from the request origin', async () => {
    const { worker } = setup()
    const w = await worker('http://inspector.test:8080/api/workers/wrk_demo-research')
    for (const file of w.files) {
      expect(file.url).toMatch(
        /^http:\/\/inspector\.test:8080\/_app\/demo-files\/wrk_demo-research\//,
      )
    }
  })

  it('serves files of other tasks, but nothing unlisted', async () => {
    const { get } = setup()
    expect((await get('/_app/demo-files/wrk_demo-research/pricing-matrix.csv')).status).toBe(200)
    for (const path of [
      '/_app/demo-files/wrk_demo-research/nope.csv',
      '/_app/demo-files/wrk_demo-research/..%2F..%2Fetc%2Fpasswd',
      '/_app/demo-files/wrk_demo-hostile/..%2F..%2Fetc%2Fpasswd',
      '/_app/demo-files/wrk_nope/market-brief.md',
      '/_app/demo-files/wrk_demo-pricing/market-brief.md',
    ]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type')).toBe('application/json')
    }
    expect((await get('/_app/demo-files/a%2Fb/x.csv')).status).toBe(400)
  })
})

describe('wrk_demo-live', () => {
  const statusOrder = ['pending', 'running', 'completed']

  function assistantParts(w: WireWorker): Part[] {
    const assistant = (w.messages as Message[]).find((m) => m.role === 'assistant')
    return assistant?.parts ?? []
  }

  it('goes pending → running → completed, growing monotonically', async () => {
    const { worker, clock } = setup()
    const snapshots: WireWorker[] = []
    for (let t = 0; t <= 21_000; t += 250) {
      snapshots.push(await worker('/api/workers/wrk_demo-live'))
      clock.advance(250)
    }
    const first = snapshots[0] as WireWorker
    expect(first.status).toBe('pending')
    expect(first.running).toBe(false)
    expect(first.messages).toEqual([
      { id: 'msg_live_user', role: 'user', parts: [{ type: 'text', text: expect.any(String) }] },
    ])
    expect(snapshots.some((w) => w.status === 'running' && w.running)).toBe(true)
    const partial = snapshots.filter((w) => w.status === 'running' && w.output_text !== '')
    expect(partial.length).toBeGreaterThan(3)

    const toolStates = new Map<string, string>()
    for (const [i, w] of snapshots.entries()) {
      const prev = snapshots[i - 1]
      expect(w.running).toBe(w.status === 'running')
      if (!prev) continue
      expect(statusOrder.indexOf(w.status)).toBeGreaterThanOrEqual(statusOrder.indexOf(prev.status))
      expect(w.output_text.startsWith(prev.output_text)).toBe(true)
      expect(assistantParts(w).length).toBeGreaterThanOrEqual(assistantParts(prev).length)
      expect(w.sources.slice(0, prev.sources.length)).toEqual(prev.sources)
      for (const part of assistantParts(w)) {
        if (!part.toolCallId) continue
        if (toolStates.get(part.toolCallId) === 'output-available') {
          expect(part.state).toBe('output-available')
        }
        toolStates.set(part.toolCallId, part.state ?? '')
      }
    }
    expect([...toolStates.values()].every((state) => state === 'output-available')).toBe(true)
    expect(new Set(snapshots.map((w) => w.output_text.length)).size).toBeGreaterThan(10)

    const last = snapshots.at(-1) as WireWorker
    expect(last.status).toBe('completed')
    expect(last.output_text.length).toBeGreaterThan(
      Math.max(...partial.map((w) => w.output_text.length)),
    )
    expect(last.output[0]?.content[0]?.text).toBe(last.output_text)
    expect(last.files.map((f) => f.filename)).toEqual([
      'heat-pump-subsidy-report.md',
      'heat-pump-subsidies.csv',
    ])
    expect(last.structured_output).toMatchObject({ recommendation: { bestCashSupport: 'DE' } })
    expect(last.usage).toEqual({ credits: 1840, durationMs: 20_000 })
    expect(assistantParts(last).map((p) => p.type)).toEqual(
      expect.arrayContaining(['step-start', 'reasoning', 'tool-web_search', 'source-url', 'text']),
    )
    expect(snapshots.filter((w) => w.status === 'running').every((w) => w.files.length === 0)).toBe(
      true,
    )
  })

  it('starts its clock at the first request and honours liveDurationMs', async () => {
    const { worker, clock } = setup({ liveDurationMs: 1000 })
    clock.advance(3_600_000)
    expect((await worker('/api/workers/wrk_demo-live')).status).toBe('pending')
    clock.advance(500)
    expect((await worker('/api/workers/wrk_demo-live')).status).toBe('running')
    clock.advance(500)
    const done = await worker('/api/workers/wrk_demo-live')
    expect(done.status).toBe('completed')
    expect(done.usage?.durationMs).toBe(1000)
  })

  it('restarts only after 60 s without requests once completed', async () => {
    const { worker, clock } = setup()
    const first = await worker('/api/workers/wrk_demo-live')
    clock.advance(20_000)
    expect((await worker('/api/workers/wrk_demo-live')).status).toBe('completed')
    for (let i = 0; i < 6; i++) {
      clock.advance(59_000)
      expect((await worker('/api/workers/wrk_demo-live')).status).toBe('completed')
    }
    clock.advance(60_000)
    const restarted = await worker('/api/workers/wrk_demo-live')
    expect(restarted.status).toBe('pending')
    expect(restarted.created_at).toBeGreaterThan(first.created_at)
    clock.advance(10_000)
    expect((await worker('/api/workers/wrk_demo-live')).status).toBe('running')
  })

  it('lets the browser carry its run, so a fresh instance answers the same run', async () => {
    const clock = fakeClock()
    const first = await createDemoApi({ now: clock.now }).request('/api/workers/wrk_demo-live')
    expect(((await first.json()) as WireWorker).status).toBe('pending')
    const setCookie = first.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^demo_live_run=\d+; Path=\/api\/workers\/wrk_demo-live; /)
    expect(setCookie).toContain('HttpOnly')
    const cookie = setCookie.split(';')[0] ?? ''

    clock.advance(10_000)
    // A new API instance (another isolate, a restarted server) knows nothing of the run.
    const fresh = () => createDemoApi({ now: clock.now })
    const carried = await fresh().request('/api/workers/wrk_demo-live', { headers: { cookie } })
    expect(((await carried.json()) as WireWorker).status).toBe('running')
    expect(carried.headers.get('set-cookie')).toBeNull()
    const without = await fresh().request('/api/workers/wrk_demo-live')
    expect(((await without.json()) as WireWorker).status).toBe('pending')

    clock.advance(10_000)
    const done = await fresh().request('/api/workers/wrk_demo-live', { headers: { cookie } })
    expect(((await done.json()) as WireWorker).status).toBe('completed')
  })

  it.each([
    'demo_live_run=abc',
    'demo_live_run=99999999999999999',
    // From before this clock's 20 s run plus its minute of rest.
    `demo_live_run=${1_700_000_000_000 - 81_000}`,
  ])('ignores a run cookie it could not have set (%s)', async (cookie) => {
    const { get } = setup()
    const response = await get('/api/workers/wrk_demo-live', { headers: { cookie } })
    expect(((await response.json()) as WireWorker).status).toBe('pending')
    expect(response.headers.get('set-cookie')).toMatch(/^demo_live_run=1700000000000;/)
  })

  it('does not restart a run that is still going, however quiet', async () => {
    const { worker, clock } = setup({ liveDurationMs: 200_000 })
    await worker('/api/workers/wrk_demo-live')
    clock.advance(100_000)
    expect((await worker('/api/workers/wrk_demo-live')).status).toBe('running')
  })

  it('answers for its own task and rejects others', async () => {
    const { get } = setup()
    const own = await get('/api/workers/wrk_demo-live?taskId=tsk_demo-live')
    expect(((await own.json()) as WireWorker).url).toBe(
      'https://v3.handinger.com/worker/wrk_demo-live/task/tsk_demo-live',
    )
    expect((await get('/api/workers/wrk_demo-live?taskId=tsk_demo-market')).status).toBe(404)
  })

  it('serves its files for real once completed', async () => {
    const { worker, clock, get } = setup()
    await worker('/api/workers/wrk_demo-live')
    clock.advance(20_000)
    const { files } = await worker('/api/workers/wrk_demo-live')
    const res = await get(files[1]?.url ?? '')
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/^country,scheme,type/)
  })
})

describe('wrk_demo-failed', () => {
  it('is completed with an error, incomplete details and partial output', async () => {
    const { worker } = setup()
    const w = await worker('/api/workers/wrk_demo-failed')
    expect(w.status).toBe('completed')
    expect(w.error).toEqual({ code: 'budget_exceeded', message: expect.stringMatching(/budget/) })
    expect(w.incomplete_details).toEqual({ reason: 'max_credits' })
    expect(w.output_text.length).toBeGreaterThan(100)
    const parts = (w.messages as Message[]).flatMap((m) => m.parts)
    expect(parts.some((p) => p.state === 'output-error')).toBe(true)
  })
})

describe('wrk_demo-hostile', () => {
  it('carries attacker content through untouched', async () => {
    const { worker } = setup()
    const w = await worker('/api/workers/wrk_demo-hostile')
    for (const attack of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '![](https://tracker.example/pixel.png)',
    ]) {
      expect(w.output_text).toContain(attack)
    }
    expect(w.messages.slice(0, 7)).toEqual([
      null,
      42,
      'a bare string',
      [],
      { role: 'assistant', parts: [null, 7, { type: 'text', text: '<b>hi</b>' }] },
      { role: 'user', content: 'plain content string' },
      { role: 'assistant', content: [{ type: 'text', text: 'array content' }, { weird: true }] },
    ])
    expect(w.sources[0]).toMatchObject({
      url: 'javascript:alert(1)',
      title: expect.stringContaining('<'),
    })
    expect(w.files[0]).toMatchObject({
      filename: '../../etc/passwd',
      url: 'data:text/html,<script>alert(1)</script>',
    })
    expect(JSON.stringify(w.structured_output)).toContain('<script>')
  })
})

describe('wrk_demo-legacy', () => {
  it('has the April shape', async () => {
    const { worker } = setup()
    const w = await worker('/api/workers/wrk_demo-legacy')
    expect(w).not.toHaveProperty('url')
    expect(w).not.toHaveProperty('structured_output')
    expect(Object.keys(w.usage ?? {}).sort()).toEqual([
      'cacheReadTokens',
      'cacheWriteTokens',
      'costUsd',
      'credits',
      'durationMs',
      'inputTokens',
      'outputTokens',
      'reasoningTokens',
      'steps',
      'totalTokens',
    ])
    expect(Object.keys(w.costs ?? {}).sort()).toEqual([
      'internalCostUsd',
      'modelCostUsd',
      'sandboxCostUsd',
      'toolCostUsd',
    ])
    expect(w.files.length).toBeGreaterThan(0)
    for (const file of w.files) expect(file).not.toHaveProperty('size')
    for (const message of w.messages) {
      expect(message).toHaveProperty('content')
      expect(message).not.toHaveProperty('parts')
    }
  })
})

describe('wrk_demo-large', () => {
  it('is huge', async () => {
    const { worker } = setup()
    const w = await worker('/api/workers/wrk_demo-large')
    expect(w.messages).toHaveLength(LARGE_COUNTS.messages)
    expect(w.sources).toHaveLength(LARGE_COUNTS.sources)
    expect(w.files).toHaveLength(LARGE_COUNTS.files)
    expect(w.output_text.length).toBeGreaterThanOrEqual(300_000)
    expect((w.structured_output as { records: unknown[] }).records).toHaveLength(2000)
    const parts = (w.messages as Partial<Message>[]).flatMap((m) => m.parts ?? [])
    expect(parts.filter((p) => p.type === 'tool-web_search').length).toBeGreaterThan(500)
  })

  it('is deterministic and never uses Math.random', async () => {
    const random = vi.spyOn(Math, 'random')
    expect(generateLargeWorker()).toEqual(generateLargeWorker())
    expect(random).not.toHaveBeenCalled()
    const a = await (await setup().get('/api/workers/wrk_demo-large')).text()
    const b = await (await setup().get('/api/workers/wrk_demo-large')).text()
    expect(a).toBe(b)
  })

  it('serves its generated files', async () => {
    const { get } = setup()
    const res = await get('/_app/demo-files/wrk_demo-large/dataset-001.csv')
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/^row,region,category,units\n/)
  })
})

describe('error scenarios', () => {
  it('rate-limits the first request of a visit with Retry-After', async () => {
    const { get, clock } = setup()
    const url = '/api/workers/wrk_demo-ratelimited'
    const limited = await get(url)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('3')
    expect(await limited.json()).toEqual({ error: 'Rate limit exceeded' })
    clock.advance(3000)
    expect((await get(url)).status).toBe(200)
    clock.advance(29_000)
    expect((await get(url)).status).toBe(200)
    clock.advance(30_000)
    expect((await get(url)).status).toBe(429)
    expect((await get(url)).status).toBe(200)
  })

  it('fails the first two requests of a visit with 500', async () => {
    const { get, clock } = setup()
    const url = '/api/workers/wrk_demo-flaky'
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const res = await get(url)
      statuses.push(res.status)
      if (res.status === 500) expect(await res.json()).toEqual({ error: 'Internal server error' })
      clock.advance(1000)
    }
    expect(statuses).toEqual([500, 500, 200, 200])
    clock.advance(30_000)
    expect((await get(url)).status).toBe(500)
  })

  it('recovers into a normal completed worker', async () => {
    const { get } = setup()
    await get('/api/workers/wrk_demo-ratelimited')
    const w = (await (await get('/api/workers/wrk_demo-ratelimited')).json()) as WireWorker
    expect(w).toMatchObject({ id: 'wrk_demo-ratelimited', status: 'completed' })
    expect(w.files[0]?.url).toMatch(/\/_app\/demo-files\/wrk_demo-ratelimited\/price-watch\.csv$/)
  })

  it('answers 401 and 403 with Handinger error bodies', async () => {
    const { get } = setup()
    const unauthorized = await get('/api/workers/wrk_demo-unauthorized')
    expect(unauthorized.status).toBe(401)
    expect(await unauthorized.json()).toEqual({ error: 'Invalid API key' })
    const forbidden = await get('/api/workers/wrk_demo-forbidden')
    expect(forbidden.status).toBe(403)
    expect(await forbidden.json()).toEqual({ error: 'This key cannot access this worker' })
  })

  it('sends a body labelled JSON that is not JSON', async () => {
    const { get } = setup()
    const res = await get('/api/workers/wrk_demo-broken')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    const body = await res.text()
    expect(body).toContain('<html>')
    expect(() => JSON.parse(body)).toThrow()
  })
})

describe('wrk_demo-long-running', () => {
  it('has run for days, stays running, and answers every poll with the same body', async () => {
    const { worker, clock } = setup()
    const first = await worker('/api/workers/wrk_demo-long-running')
    expect(first).toMatchObject({ status: 'running', running: true })
    const ageSeconds = 1_700_000_000 - first.created_at
    expect(ageSeconds).toBeGreaterThan(3 * 86_400)
    expect(ageSeconds).toBeLessThan(4 * 86_400)
    // Its compute time is far below its age: the two clocks the page must tell apart.
    expect(first.usage?.durationMs).toBeLessThan(86_400_000)
    clock.advance(60_000)
    expect(await worker('/api/workers/wrk_demo-long-running')).toEqual(first)
  })
})
