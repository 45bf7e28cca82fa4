// @vitest-environment node
import { gzipSync } from 'node:zlib'
import { createUpstreamProxy } from './proxy'
import type { UpstreamConfig } from './upstream'
import {
  answerJson,
  neverAnswer,
  redirectTo,
  unreachableBaseUrl,
  setupFakeHandinger,
} from '../../test/node/fake-handinger'
import { startRecordingServer } from '../../test/node/recording-server'
import { TEST_KEY, expectNoKey } from '../../test/node/expect-no-key'

const upstream = setupFakeHandinger(answerJson(200, { id: 'wrk_1', status: 'completed' }))

async function forwardWith(config: UpstreamConfig, path: string, init?: RequestInit) {
  const proxy = createUpstreamProxy(config)
  const { response } = await proxy.forward(new Request(`http://inspector.test${path}`, init))
  return response
}

const forward = (path: string, init?: RequestInit, timeoutMs?: number) =>
  forwardWith({ baseUrl: upstream.baseUrl, apiKey: TEST_KEY, timeoutMs }, path, init)

describe('createUpstreamProxy().forward', () => {
  it('adds the key and keeps the path and query', async () => {
    const response = await forward('/api/workers/wrk_1?taskId=tsk_1')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ id: 'wrk_1', status: 'completed' })
    expect(upstream.requests).toEqual([
      expect.objectContaining({ method: 'GET', url: '/api/workers/wrk_1?taskId=tsk_1' }),
    ])
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
    expect(upstream.requests[0]?.headers.accept).toBe('application/json')
  })

  it.each([
    ['/api/workers/wrk%2F1', 400],
    ['/api/workers/wrk_1?taskId=a%20b', 400],
    // URL parsing already resolves %2e%2e, leaving /api/, which is not forwarded either.
    ['/api/workers/%2e%2e', 404],
    ['/api/workers/wrk_1/webhook/regenerate-token', 404],
    ['/api/workers/wrk_1/schedules/sch_1', 404],
    ['/api/workers/wrk_1/webhook/executions?page=0', 400],
    ['/api/workers/wrk_1/webhook/executions?page=two', 400],
    ['/api/workers/wrk%2F1/webhook/executions', 400],
    ['/api/tasks/tsk%2F1/turns', 400],
    ['/api/workers', 404],
    ['/api/tasks/tsk_1/archive', 404],
  ])('forwards nothing for %s (%i)', async (path, status) => {
    const response = await forward(path)
    expect(response.status).toBe(status)
    expect(upstream.requests).toEqual([])
  })

  it.each(['/api/tasks/tsk_1', '/api/tasks/tsk_1/turns'])('forwards %s', async (path) => {
    const response = await forward(`${path}?taskId=x&workerId=y`)
    expect(response.status).toBe(200)
    expect(upstream.requests).toEqual([expect.objectContaining({ method: 'GET', url: path })])
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
  })

  it.each([
    ['/api/workers/wrk_1/webhook', '/api/workers/wrk_1/webhook'],
    ['/api/workers/wrk_1/schedules?page=2', '/api/workers/wrk_1/schedules'],
    ['/api/workers/wrk_1/webhook/executions', '/api/workers/wrk_1/webhook/executions'],
    [
      '/api/workers/wrk_1/webhook/executions?page=3&token=x',
      '/api/workers/wrk_1/webhook/executions?page=3',
    ],
  ])('forwards the worker-life read %s as %s', async (path, forwarded) => {
    const response = await forward(path)
    expect(response.status).toBe(200)
    expect(upstream.requests).toEqual([expect.objectContaining({ method: 'GET', url: forwarded })])
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
  })

  it('forwards only the taskId parameter', async () => {
    await forward('/api/workers/wrk_1?taskId=tsk_1&stream=true&page=2')
    expect(upstream.requests[0]?.url).toBe('/api/workers/wrk_1?taskId=tsk_1')
  })

  it('tolerates a trailing slash on the base URL', async () => {
    const response = await forwardWith(
      { baseUrl: `${upstream.baseUrl}//`, apiKey: TEST_KEY },
      '/api/workers/w',
    )
    expect(response.status).toBe(200)
    expect(upstream.requests[0]?.url).toBe('/api/workers/w')
  })

  it('forwards neither browser cookies nor browser credentials', async () => {
    await forward('/api/workers/wrk_1', {
      headers: {
        Cookie: 'session=browser',
        Authorization: 'Bearer browser-token',
        'X-Custom': 'x',
      },
    })
    const headers = upstream.requests[0]?.headers
    expect(headers?.cookie).toBeUndefined()
    expect(headers?.['x-custom']).toBeUndefined()
    expect(headers?.authorization).toBe(`Bearer ${TEST_KEY}`)
  })

  it('passes back only safe headers', async () => {
    upstream.answer(
      answerJson(
        200,
        {},
        {
          'Set-Cookie': 'upstream_session=1; HttpOnly',
          'X-Upstream-Secret': 'internal',
          ETag: '"v1"',
        },
      ),
    )
    const response = await forward('/api/workers/wrk_1')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('x-upstream-secret')).toBeNull()
    expect(response.headers.get('content-type')).toBe('application/json')
    // Our own validator, a hash of the bytes forwarded, replaces Handinger's.
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('passes back error statuses with their body and Retry-After', async () => {
    upstream.answer(answerJson(429, { error: 'Rate limit exceeded' }, { 'Retry-After': '12' }))
    const response = await forward('/api/workers/wrk_1')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('12')
    expect(await response.json()).toEqual({ error: 'Rate limit exceeded' })
  })

  it('never sends a content-length that does not match the body it returns', async () => {
    const json = JSON.stringify({ id: 'wrk_1', output_text: 'x'.repeat(2000) })
    upstream.answer((_req, res) => {
      const compressed = gzipSync(json)
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Encoding': 'gzip',
        'Content-Length': String(compressed.length),
      })
      res.end(compressed)
    })
    const response = await forward('/api/workers/wrk_1')
    const body = new Uint8Array(await response.arrayBuffer())
    expect(new TextDecoder().decode(body)).toBe(json)
    const length = response.headers.get('content-length')
    if (length !== null) expect(Number(length)).toBe(body.byteLength)
    expect(response.headers.get('content-encoding')).toBeNull()
  })

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'refuses %s without calling Handinger',
    async (method) => {
      const response = await forward('/api/workers/wrk_1', { method, body: '{}' })
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('GET, HEAD')
      expect(upstream.requests).toEqual([])
      await expectNoKey(response)
    },
  )

  it('forwards HEAD', async () => {
    const response = await forward('/api/workers/wrk_1', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(upstream.requests[0]?.method).toBe('HEAD')
  })

  it('answers 502 when Handinger cannot be reached', async () => {
    const response = await forwardWith(
      { baseUrl: await unreachableBaseUrl(), apiKey: TEST_KEY },
      '/api/workers/w',
    )
    expect(response.status).toBe(502)
    expect(await response.clone().json()).toEqual({ error: expect.any(String) })
    await expectNoKey(response)
  })

  it('answers 504 when Handinger is too slow', async () => {
    upstream.answer(neverAnswer)
    const started = Date.now()
    const response = await forward('/api/workers/wrk_1', undefined, 200)
    expect(response.status).toBe(504)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(await response.clone().json()).toEqual({ error: expect.any(String) })
    await expectNoKey(response)
  })

  it('does not follow a redirect, so the key never reaches another host', async () => {
    const elsewhere = await startRecordingServer((_req, res) => res.end('{}'))
    upstream.answer(redirectTo(`${elsewhere.baseUrl}/steal`))
    try {
      const response = await forward('/api/workers/wrk_1')
      expect(response.status).toBe(502)
      expect(response.headers.get('location')).toBeNull()
      expect(elsewhere.requests).toEqual([])
      expect(upstream.requests).toHaveLength(1)
      await expectNoKey(response)
    } finally {
      await elsewhere.close()
    }
  })
})

describe('a bare 304 from Handinger', () => {
  it('is "not modified": the last answer to the same read is passed on again, not an error', async () => {
    let calls = 0
    upstream.answer((_req, res) => {
      calls += 1
      if (calls === 1) {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return res.end('{"id":"wrk_1","status":"running"}')
      }
      res.writeHead(304)
      res.end()
    })
    const proxy = createUpstreamProxy({ baseUrl: upstream.baseUrl, apiKey: TEST_KEY, shareMs: 0 })
    const get = () => proxy.forward(new Request('http://inspector.test/api/workers/wrk_1'))
    const first = await get()
    const again = await get()
    expect(again.response.status).toBe(200)
    expect(await again.response.text()).toBe('{"id":"wrk_1","status":"running"}')
    expect(again.response.headers.get('etag')).toBe(first.response.headers.get('etag'))
    expect(again.upstream?.status).toBe(304)
    // Never asked conditionally.
    expect(upstream.requests.every((r) => r.headers['if-none-match'] === undefined)).toBe(true)
  })

  it('with no earlier answer, asks once more for a full one, past any cache', async () => {
    let calls = 0
    upstream.answer((_req, res) => {
      calls += 1
      if (calls === 1) {
        res.writeHead(304)
        return res.end()
      }
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"id":"wrk_1"}')
    })
    const response = await forward('/api/workers/wrk_1')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ id: 'wrk_1' })
    expect(upstream.requests.map((r) => r.headers['cache-control'])).toEqual([
      undefined,
      'no-cache',
    ])
  })

  it('says plainly what happened when Handinger keeps answering 304 to a fresh read', async () => {
    upstream.answer((_req, res) => {
      res.writeHead(304)
      res.end()
    })
    const response = await forward('/api/workers/wrk_1')
    expect(response.status).toBe(502)
    const body = await response.json()
    expect(body).toEqual({ error: expect.stringContaining('not modified') })
    expect(body.error).not.toMatch(/redirect/)
  })
})
