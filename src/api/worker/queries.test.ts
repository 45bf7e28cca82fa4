import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { HttpResponse, http } from 'msw'
import { setupDemoServer } from '@/test/demo-server'
import { appConfigQuery } from '@/api/app-config'
import { POLL_INTERVAL_MS } from '@/api/polling'
import { fetchWorker, workerQueries } from '@/api/worker/queries'
import { rejectionOf } from '@/test/api-error'
import { workerId, taskId } from '@/test/ids'

// A clock the demo API reads, so the live worker can be moved from pending to completed.
let clock = 1_000_000_000
const LIVE_MS = 10_000
const server = setupDemoServer({ now: () => clock, liveDurationMs: LIVE_MS })
const origin = window.location.origin

let requests: URL[] = []
let client: QueryClient

beforeEach(() => {
  // Far enough ahead that every stateful scenario (live run, rate limit) starts over.
  clock += 10_000_000
  requests = []
  server.events.on('request:start', ({ request }) => {
    requests.push(new URL(request.url))
  })
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
})

afterEach(() => {
  server.events.removeAllListeners()
  client.clear()
})

describe('fetchWorker', () => {
  it('loads the latest task of a worker', async () => {
    const { worker, problems } = await fetchWorker(workerId('wrk_demo-research'), null)
    expect(worker.id).toBe('wrk_demo-research')
    expect(worker.rawStatus).toBe('completed')
    expect(worker.outputText).not.toBe('')
    expect(problems).toEqual([])
    expect(requests).toHaveLength(1)
    expect(requests[0]?.pathname).toBe('/api/workers/wrk_demo-research')
    expect(requests[0]?.search).toBe('')
  })

  it('asks for a task with ?taskId= and gets that task', async () => {
    const latest = await fetchWorker(workerId('wrk_demo-research'), null)
    const pricing = await fetchWorker(workerId('wrk_demo-research'), taskId('tsk_demo-pricing'))
    expect(requests[1]?.search).toBe('?taskId=tsk_demo-pricing')
    expect([...(requests[1]?.searchParams.keys() ?? [])]).toEqual(['taskId'])
    expect(pricing.worker.outputText).not.toBe(latest.worker.outputText)
  })

  it('parses the April shape served by the demo', async () => {
    const { worker } = await fetchWorker(workerId('wrk_demo-legacy'), null)
    expect(worker.id).toBe('wrk_demo-legacy')
    expect(worker.url).toBeNull()
  })

  it.each([
    ['wrk_demo-unknown', null, 'not-found', 404],
    ['wrk_demo-research', 'tsk_demo-unknown', 'not-found', 404],
    ['wrk_demo-unauthorized', null, 'unauthorized', 401],
    ['wrk_demo-forbidden', null, 'forbidden', 403],
    ['wrk_demo-broken', null, 'invalid-json', 200],
  ] as const)('reports %s / %s as %s', async (worker, task, kind, status) => {
    const request = fetchWorker(workerId(worker), task === null ? null : taskId(task))
    expect(await rejectionOf(request)).toMatchObject({ kind, status })
  })

  it('reports the demo rate limit with its Retry-After, then loads', async () => {
    const error = await rejectionOf(fetchWorker(workerId('wrk_demo-ratelimited'), null))
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 3000 })
    const { worker } = await fetchWorker(workerId('wrk_demo-ratelimited'), null)
    expect(worker.id).toBe('wrk_demo-ratelimited')
  })

  it.each([[[1, 2]], ['a worker'], [null]])('rejects the non-object body %j', async (body) => {
    server.use(http.get(`${origin}/api/workers/:workerId`, () => HttpResponse.json(body)))
    expect(await rejectionOf(fetchWorker(workerId('wrk_1'), null))).toMatchObject({
      kind: 'invalid-shape',
    })
  })

  it('keeps a partly broken worker and lists its problems', async () => {
    server.use(
      http.get(`${origin}/api/workers/:workerId`, () =>
        HttpResponse.json({ id: 'wrk_1', status: 'completed', running: false, usage: 'lots' }),
      ),
    )
    const { worker, problems } = await fetchWorker(workerId('wrk_1'), null)
    expect(worker.usage).toBeNull()
    expect(problems).toEqual(['usage'])
  })
})

describe('workerQueries', () => {
  it('builds keys from general to specific', () => {
    expect(workerQueries.all()).toEqual(['workers'])
    expect(workerQueries.worker(workerId('wrk_1'))).toEqual(['workers', 'wrk_1'])
    expect(workerQueries.detail(workerId('wrk_1'), null).queryKey).toEqual([
      'workers',
      'wrk_1',
      'task',
      null,
    ])
    expect(workerQueries.detail(workerId('wrk_1'), taskId('latest')).queryKey).not.toEqual(
      workerQueries.detail(workerId('wrk_1'), null).queryKey,
    )
    expect(workerQueries.detail(workerId('wrk_1'), taskId('tsk_1')).queryKey).toEqual([
      'workers',
      'wrk_1',
      'task',
      'tsk_1',
    ])
  })

  it('fetches the worker through the query client', async () => {
    const data = await client.fetchQuery(
      workerQueries.detail(workerId('wrk_demo-research'), taskId('tsk_demo-summary')),
    )
    expect(data.worker.id).toBe('wrk_demo-research')
    expect(requests[0]?.searchParams.get('taskId')).toBe('tsk_demo-summary')
  })
})

describe('workerQueries.detail: polling and freshness', () => {
  const options = workerQueries.detail(workerId('wrk_demo-live'), null)

  // The observer hands back the cached query with the option functions' exact types.
  const currentQuery = (opts: typeof options) => new QueryObserver(client, opts).getCurrentQuery()
  type DetailQuery = ReturnType<typeof currentQuery>

  function refetchInterval(query: DetailQuery) {
    const option = options.refetchInterval
    if (typeof option !== 'function') throw new Error('refetchInterval should be a function')
    return option(query)
  }

  function staleTime(query: DetailQuery) {
    const option = options.staleTime
    if (typeof option !== 'function') throw new Error('staleTime should be a function')
    return option(query)
  }

  it('polls while pending and running, and stops once completed', async () => {
    const pending = await client.fetchQuery({ ...options, staleTime: 0 })
    expect(pending.worker.rawStatus).toBe('pending')
    expect(refetchInterval(currentQuery(options))).toBe(POLL_INTERVAL_MS)
    expect(staleTime(currentQuery(options))).toBe(POLL_INTERVAL_MS)

    clock += LIVE_MS / 2
    const running = await client.fetchQuery({ ...options, staleTime: 0 })
    expect(running.worker.running).toBe(true)
    expect(refetchInterval(currentQuery(options))).toBe(POLL_INTERVAL_MS)
    expect(staleTime(currentQuery(options))).toBe(POLL_INTERVAL_MS)

    clock += LIVE_MS
    const completed = await client.fetchQuery({ ...options, staleTime: 0 })
    expect(completed.worker.rawStatus).toBe('completed')
    expect(refetchInterval(currentQuery(options))).toBe(false)
    expect(staleTime(currentQuery(options))).toBe(Number.POSITIVE_INFINITY)
  })

  it('does not poll before any data has arrived, nor after an error without data', async () => {
    expect(refetchInterval(currentQuery(options))).toBe(false)
    server.use(
      http.get(`${origin}/api/workers/:workerId`, () =>
        HttpResponse.json({ error: 'No access' }, { status: 403 }),
      ),
    )
    await expect(client.fetchQuery(options)).rejects.toMatchObject({ kind: 'forbidden' })
    const query = currentQuery(options)
    expect(query.state.status).toBe('error')
    expect(refetchInterval(query)).toBe(false)
  })

  it('keeps polling through a failed poll while the last data was active', async () => {
    await client.fetchQuery(options)
    server.use(http.get(`${origin}/api/workers/:workerId`, () => HttpResponse.error()))
    await expect(client.fetchQuery({ ...options, staleTime: 0 })).rejects.toMatchObject({
      kind: 'network',
    })
    const query = currentQuery(options)
    expect(query.state.status).toBe('error')
    expect(refetchInterval(query)).toBe(POLL_INTERVAL_MS)
  })

  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
  ] as const)(
    'stops polling after data on %d, and does not refetch on focus',
    async (status, kind) => {
      await client.fetchQuery(options)
      server.use(
        http.get(`${origin}/api/workers/:workerId`, () =>
          HttpResponse.json({ error: 'No' }, { status }),
        ),
      )
      await expect(client.fetchQuery({ ...options, staleTime: 0 })).rejects.toMatchObject({ kind })
      const query = currentQuery(options)
      expect(query.state.data).toBeDefined()
      expect(refetchInterval(query)).toBe(false)
      expect(staleTime(query)).toBe(Number.POSITIVE_INFINITY)
    },
  )

  it('keeps polling after an unreadable refresh, which the next poll may fix', async () => {
    await client.fetchQuery(options)
    server.use(http.get(`${origin}/api/workers/:workerId`, () => new HttpResponse('{"id": oops}')))
    await expect(client.fetchQuery({ ...options, staleTime: 0 })).rejects.toMatchObject({
      kind: 'invalid-json',
    })
    expect(refetchInterval(currentQuery(options))).toBe(POLL_INTERVAL_MS)
  })

  it('refetches an active worker once a poll interval has passed, but keeps a finished one', async () => {
    await client.fetchQuery(options)
    // A second read right away (the view mounting after the route loader's request) is served.
    await client.fetchQuery(options)
    expect(requests).toHaveLength(1)
    const now = Date.now()
    const later = vi.spyOn(Date, 'now').mockReturnValue(now + POLL_INTERVAL_MS + 1)
    await client.fetchQuery(options)
    later.mockRestore()
    expect(requests).toHaveLength(2)

    const finished = workerQueries.detail(workerId('wrk_demo-research'), null)
    await client.fetchQuery(finished)
    await client.fetchQuery(finished)
    expect(requests).toHaveLength(3)
  })
})

describe('appConfigQuery', () => {
  it('reads demo mode and the demo catalog', async () => {
    const config = await client.fetchQuery(appConfigQuery)
    expect(config.mode).toBe('demo')
    expect(config.demoWorkers.map((w) => w.workerId)).toContain('wrk_demo-research')
  })
})
