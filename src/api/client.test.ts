import { HttpResponse, http } from 'msw'
import { setupDemoServer } from '@/test/demo-server'
import { ApiError } from './api-error'
import { REQUEST_TIMEOUT_MS, apiFetch, apiUrl } from './client'
import { isRecord } from '@/shared/guards'
import { rejectionOf } from '@/test/api-error'
import { startTaskCounter } from '@/test/task-counter'

const server = setupDemoServer()
const origin = window.location.origin
const identity = (raw: unknown) => raw

/** Answers GET /api/test once with `response` and records the request it got. */
function answerWith(response: () => Response) {
  const requests: Request[] = []
  server.use(
    http.get(`${origin}/api/test`, ({ request }) => {
      requests.push(request)
      return response()
    }),
  )
  return requests
}

const fetchTest = () => apiFetch({ path: ['api', 'test'], parse: identity })

describe('apiUrl', () => {
  it('builds an absolute URL on this origin', () => {
    expect(apiUrl(['api', 'workers', 'wrk_1'])).toBe(`${origin}/api/workers/wrk_1`)
  })

  it('encodes every path segment', () => {
    expect(apiUrl(['api', 'workers', 'a b/c?d#e'])).toBe(`${origin}/api/workers/a%20b%2Fc%3Fd%23e`)
    expect(apiUrl(['api', 'workers', '%2e%2e'])).toBe(`${origin}/api/workers/%252e%252e`)
  })

  it('sends the query through URLSearchParams and leaves out empty values', () => {
    const url = new URL(
      apiUrl(['api', 'workers', 'wrk_1'], {
        taskId: 'tsk 1&x=2',
        empty: '',
        none: null,
        missing: undefined,
      }),
    )
    expect([...url.searchParams]).toEqual([['taskId', 'tsk 1&x=2']])
  })

  it.each([['..'], ['.'], ['']])('refuses the path segment %j', (segment) => {
    let thrown: unknown
    try {
      apiUrl(['api', 'workers', segment])
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ApiError)
    expect(thrown).toMatchObject({ kind: 'invalid-id' })
  })
})

describe('apiFetch against the demo API', () => {
  it('returns the parsed JSON body', async () => {
    const body = await apiFetch({
      path: ['api', 'workers', 'wrk_demo-research'],
      parse: (raw) => (isRecord(raw) ? raw.id : null),
    })
    expect(body).toBe('wrk_demo-research')
  })

  it('reads the app configuration', async () => {
    const config = await apiFetch({ path: ['_app', 'config'], parse: identity })
    expect(config).toMatchObject({ mode: 'demo' })
  })

  it.each([
    ['wrk_demo-unauthorized', 401, 'unauthorized'],
    ['wrk_demo-forbidden', 403, 'forbidden'],
    ['wrk_unknown', 404, 'not-found'],
  ] as const)('maps %s to %d %s with the server message', async (workerId, status, kind) => {
    const error = await rejectionOf(
      apiFetch({ path: ['api', 'workers', workerId], parse: identity }),
    )
    expect(error).toMatchObject({ kind, status, retryAfterMs: null })
    expect(error.message).not.toMatch(/^\d{3}/)
    expect(error.message.length).toBeGreaterThan(0)
  })

  it('reports a 200 with an HTML body as invalid JSON', async () => {
    const error = await rejectionOf(
      apiFetch({ path: ['api', 'workers', 'wrk_demo-broken'], parse: identity }),
    )
    expect(error).toMatchObject({ kind: 'invalid-json', status: 200 })
  })

  it('passes errors thrown by parse through unchanged', async () => {
    const thrown = new ApiError('invalid-shape', 'not a worker')
    const promise = apiFetch({
      path: ['api', 'workers', 'wrk_demo-research'],
      parse: () => {
        throw thrown
      },
    })
    await expect(promise).rejects.toBe(thrown)
  })
})

describe('apiFetch: requests', () => {
  it('asks at the encoded URL with the query, with no header a link preload would lack', async () => {
    const requests: Request[] = []
    server.use(
      http.get(`${origin}/api/workers/:workerId`, ({ request }) => {
        requests.push(request)
        return HttpResponse.json({ ok: true })
      }),
    )
    await apiFetch({
      path: ['api', 'workers', 'wrk one'],
      query: { taskId: 'tsk_1' },
      parse: identity,
    })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.url).toBe(`${origin}/api/workers/wrk%20one?taskId=tsk_1`)
    // A preloaded answer is taken over only by a request with the preload's headers.
    expect([...(requests[0]?.headers.keys() ?? [])]).toEqual([])
  })

  it('rethrows the abort instead of calling it a network error', async () => {
    answerWith(() => HttpResponse.json({}))
    const controller = new AbortController()
    controller.abort()
    const promise = apiFetch({ path: ['api', 'test'], signal: controller.signal, parse: identity })
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' })
    await expect(promise).rejects.not.toBeInstanceOf(ApiError)
  })
})

describe('apiFetch: failures', () => {
  it('reports a network failure', async () => {
    answerWith(() => HttpResponse.error())
    const error = await rejectionOf(fetchTest())
    expect(error).toMatchObject({ kind: 'network', status: null })
    expect(error.message).toMatch(/could not reach the server/i)
  })

  it('reads Retry-After on 429', async () => {
    answerWith(() =>
      HttpResponse.json(
        { error: 'Rate limit exceeded' },
        { status: 429, headers: { 'Retry-After': '7' } },
      ),
    )
    const error = await rejectionOf(fetchTest())
    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      message: 'Rate limit exceeded',
      retryAfterMs: 7000,
    })
  })

  it('reads retry-after-ms', async () => {
    answerWith(() =>
      HttpResponse.json(
        { error: 'Slow down' },
        { status: 503, headers: { 'retry-after-ms': '250' } },
      ),
    )
    expect(await rejectionOf(fetchTest())).toMatchObject({ kind: 'server', retryAfterMs: 250 })
  })

  it.each([500, 502, 503, 504, 408])('maps %d to a server error', async (status) => {
    answerWith(() => HttpResponse.json({ error: 'Upstream trouble' }, { status }))
    expect(await rejectionOf(fetchTest())).toMatchObject({
      kind: 'server',
      status,
      message: 'Upstream trouble',
    })
  })

  it.each([400, 422])('maps %d to a bad request', async (status) => {
    answerWith(() => HttpResponse.json({ error: 'Bad input' }, { status }))
    expect(await rejectionOf(fetchTest())).toMatchObject({ kind: 'bad-request', status })
  })

  it('reads an {error: {message}} body', async () => {
    answerWith(() => HttpResponse.json({ error: { message: 'Key revoked' } }, { status: 401 }))
    expect(await rejectionOf(fetchTest())).toMatchObject({
      kind: 'unauthorized',
      message: 'Key revoked',
    })
  })

  it('falls back to the status line for an HTML error page', async () => {
    answerWith(
      () =>
        new HttpResponse('<html><body>Bad Gateway</body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
    )
    expect(await rejectionOf(fetchTest())).toMatchObject({
      kind: 'server',
      status: 502,
      message: '502 Bad Gateway',
    })
  })

  it.each([{ error: '' }, { error: { message: '' } }, { error: 42 }, { message: 'nope' }, []])(
    'falls back to the status line for the error body %j',
    async (body) => {
      answerWith(() => HttpResponse.json(body, { status: 403, statusText: 'Forbidden' }))
      expect(await rejectionOf(fetchTest())).toMatchObject({
        kind: 'forbidden',
        message: '403 Forbidden',
      })
    },
  )

  it('cuts a very long server message', async () => {
    answerWith(() => HttpResponse.json({ error: 'x'.repeat(5000) }, { status: 400 }))
    expect((await rejectionOf(fetchTest())).message).toHaveLength(300)
  })

  it('reports an HTML page with status 200 as invalid JSON', async () => {
    answerWith(() => HttpResponse.html('<!doctype html><p>Hello</p>'))
    expect(await rejectionOf(fetchTest())).toMatchObject({ kind: 'invalid-json', status: 200 })
  })

  it('reports an empty 200 body as invalid JSON', async () => {
    answerWith(() => new HttpResponse(null, { status: 200 }))
    expect(await rejectionOf(fetchTest())).toMatchObject({ kind: 'invalid-json' })
  })

  it('reports a body that breaks off mid-way as a network error, so it is retried', async () => {
    answerWith(() => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":"wrk_1","messages":[{"ro'))
          controller.error(new Error('connection reset'))
        },
      })
      return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } })
    })
    expect(await rejectionOf(fetchTest())).toMatchObject({ kind: 'network' })
  })

  it('reports fewer bytes than Content-Length promised as cut off, with the size', async () => {
    answerWith(
      () =>
        new HttpResponse('{"id":"wrk_1"}', {
          headers: { 'Content-Type': 'application/json', 'Content-Length': '500' },
        }),
    )
    const error = await rejectionOf(fetchTest())
    expect(error).toMatchObject({ kind: 'truncated' })
    expect(error.message).toBe('The response stopped after 14 B, before its JSON was complete.')
  })

  it('reports JSON that stops inside an object as cut off, not as invalid', async () => {
    answerWith(() => new HttpResponse('{"id":"wrk_1","output_text":"The mark', { status: 200 }))
    const error = await rejectionOf(fetchTest())
    expect(error).toMatchObject({ kind: 'truncated', status: 200 })
    expect(error.message).toMatch(/stopped after 37 B/)
  })

  it('reports a connection that drops after part of the body as cut off, with the size', async () => {
    answerWith(() => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":"wrk_1",'))
          setTimeout(() => controller.error(new Error('reset')), 10)
        },
      })
      return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } })
    })
    const error = await rejectionOf(fetchTest())
    expect(error).toMatchObject({ kind: 'truncated' })
    expect(error.message).toMatch(/stopped after 14 B/)
  })

  it('reports complete but malformed JSON as invalid JSON', async () => {
    answerWith(() => new HttpResponse("{'id': 'wrk_1'}", { status: 200 }))
    expect(await rejectionOf(fetchTest())).toMatchObject({ kind: 'invalid-json', status: 200 })
  })

  it('gives up on a request that takes longer than the timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      answerWith(() => new HttpResponse(new ReadableStream(), { status: 200 }))
      const promise = rejectionOf(fetchTest())
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS)
      const error = await promise
      expect(error).toMatchObject({ kind: 'network' })
      expect(error.message).toMatch(/did not answer within 30 s/)
    } finally {
      vi.useRealTimers()
    }
  })

  it('renames prototype keys before anyone sees the body', async () => {
    answerWith(() => new HttpResponse('{"a":{"__proto__":{"polluted":true}}}'))
    const body = await fetchTest()
    expect(body).toEqual({ a: { '⟨__proto__⟩': { polluted: true } } })
  })
})

describe('apiFetch: an unchanged body', () => {
  it('hands back the value parsed last time, and parses again once the body changes', async () => {
    let body = { n: 1 }
    let parses = 0
    server.use(http.get(`${origin}/api/unchanged`, () => HttpResponse.json(body)))
    const read = () =>
      apiFetch({
        path: ['api', 'unchanged'],
        reuseUnchanged: true,
        parse: (raw) => {
          parses += 1
          return { raw }
        },
      })
    const first = await read()
    const second = await read()
    expect(second).toBe(first)
    expect(parses).toBe(1)
    body = { n: 2 }
    const third = await read()
    expect(third).not.toBe(first)
    expect(third).toEqual({ raw: { n: 2 } })
    expect(parses).toBe(2)
  })

  it('asks with the remembered ETag, and a 304 hands back the same value', async () => {
    let version = 1
    const asked: (string | null)[] = []
    server.use(
      http.get(`${origin}/api/tagged`, ({ request }) => {
        const etag = `"v${version}"`
        asked.push(request.headers.get('if-none-match'))
        if (request.headers.get('if-none-match') === etag) {
          return new HttpResponse(null, { status: 304, headers: { ETag: etag } })
        }
        return HttpResponse.json({ version }, { headers: { ETag: etag } })
      }),
    )
    let parses = 0
    const read = () =>
      apiFetch({
        path: ['api', 'tagged'],
        reuseUnchanged: true,
        parse: (raw) => {
          parses += 1
          return { raw }
        },
      })
    const first = await read()
    expect(await read()).toBe(first)
    version = 2
    const changed = await read()
    expect(changed).toEqual({ raw: { version: 2 } })
    expect(await read()).toBe(changed)
    expect(asked).toEqual([null, '"v1"', '"v1"', '"v2"'])
    expect(parses).toBe(2)
  })

  it('gets a 304 from the server for an unchanged worker', async () => {
    const statuses: number[] = []
    server.events.on('response:mocked', ({ request, response }) => {
      if (request.url.includes('/api/workers/wrk_demo-legacy')) statuses.push(response.status)
    })
    const read = () =>
      apiFetch({
        path: ['api', 'workers', 'wrk_demo-legacy'],
        reuseUnchanged: true,
        parse: (raw) => ({ raw }),
      })
    const first = await read()
    expect(await read()).toBe(first)
    expect(statuses).toEqual([200, 304])
    server.events.removeAllListeners()
  })

  it('parses every time unless asked to reuse', async () => {
    server.use(http.get(`${origin}/api/plain`, () => HttpResponse.json({ n: 1 })))
    const read = () => apiFetch({ path: ['api', 'plain'], parse: (raw) => ({ raw }) })
    expect(await read()).not.toBe(await read())
  })
})

describe('a large body', () => {
  /** Answers with `text` as a stream, noting the task its end was read in. */
  async function taskGap(text: string): Promise<number> {
    const tasks = startTaskCounter()
    let endRead = -1
    answerWith(() => {
      const bytes = new TextEncoder().encode(text)
      let sent = false
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) {
            endRead = tasks.count()
            controller.close()
            return
          }
          sent = true
          controller.enqueue(bytes)
        },
      })
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
    })
    let parsedAt = -1
    await apiFetch({
      path: ['api', 'test'],
      parse: (raw) => {
        parsedAt = tasks.count()
        return raw
      },
    })
    tasks.stop()
    return parsedAt - endRead
  }

  it('is parsed in a later task than the one that read it; a small one at once', async () => {
    const large = JSON.stringify({ text: 'x'.repeat(300 * 1024) })
    expect(await taskGap(large)).toBeGreaterThan(0)
    expect(await taskGap('{"text":"x"}')).toBe(0)
  })
})
