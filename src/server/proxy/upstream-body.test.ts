// @vitest-environment node
import { gzipSync } from 'node:zlib'
import { createApp } from '../app'
import { createUpstreamProxy } from './proxy'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY, expectNoKey } from '../../test/node/expect-no-key'

/* What comes back from Handinger: the size cap, bounded decompression and scrubbed errors. */

const upstream = setupFakeHandinger()

async function get(path: string, maxBodyBytes?: number) {
  const proxy = createUpstreamProxy({ baseUrl: upstream.baseUrl, apiKey: TEST_KEY, maxBodyBytes })
  return proxy.forward(new Request(`http://inspector.test${path}`))
}

describe('upstream bodies', () => {
  it('passes a body up to the cap', async () => {
    const json = JSON.stringify({ id: 'wrk_1', output_text: 'x'.repeat(60_000) })
    upstream.answer(answerJson(200, json))
    const { response } = await get('/api/workers/wrk_1', 64 * 1024)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(json)
  })

  it('answers 502 in JSON past the cap, and stops reading instead of buffering', async () => {
    let written = 0
    let closed!: () => void
    const upstreamClosed = new Promise<void>((resolve) => {
      closed = resolve
    })
    // An endless body: writes whenever the socket can take more, until the proxy hangs up.
    upstream.answer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      const chunk = Buffer.alloc(16 * 1024, 'a')
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length
      }
      res.on('drain', pump)
      res.on('close', () => closed())
      pump()
    })
    const { response, upstream: report } = await get('/api/workers/wrk_1', 256 * 1024)
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(await response.clone().json()).toEqual({
      error: expect.stringContaining('larger than the 256 KB'),
    })
    expect(report?.status).toBe(200)
    await expectNoKey(response)
    // The connection is dropped, so Handinger stops sending: far less than "endless" got out.
    await upstreamClosed
    expect(written).toBeLessThan(64 * 1024 * 1024)
  })

  it('counts decompressed bytes: a small gzip that inflates past the cap is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0))
    expect(bomb.length).toBeLessThan(1024 * 1024)
    upstream.answer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
      res.end(bomb)
    })
    const { response } = await get('/api/workers/wrk_1', 1024 * 1024)
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual({ error: expect.stringContaining('1 MB') })
  })

  it('scrubs the key and bearer-looking tokens from an error body and its headers', async () => {
    upstream.answer(
      answerJson(
        401,
        (req) => ({
          error: `Invalid key ${TEST_KEY}`,
          echo: req.headers.authorization,
          other: 'hdg_live_AnotherKey_42',
        }),
        { 'Content-Disposition': `inline; filename="${TEST_KEY}.json"` },
      ),
    )
    const { response } = await get('/api/workers/wrk_1')
    expect(response.status).toBe(401)
    await expectNoKey(response)
    const body = await response.json()
    expect(body).toEqual({
      error: 'Invalid key [redacted]',
      echo: 'Bearer [redacted]',
      other: '[redacted]',
    })
  })

  it('replaces the key in a successful body too, in any form, and logs it once at warn', async () => {
    const lines: unknown[] = []
    const logger = {
      debug: () => {},
      info: () => {},
      warn: (fields: Record<string, unknown>, message: string) =>
        void lines.push([message, fields]),
    }
    upstream.answer(
      answerJson(200, {
        id: 'wrk_1',
        output_text: `I was called with ${TEST_KEY}`,
        files: [{ url: `https://x.example/f?auth=${btoa(`me:${TEST_KEY}`)}` }],
      }),
    )
    const app = createApp({ upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY }, logger })
    const [first, second] = await Promise.all([
      app.request('/api/workers/wrk_1'),
      app.request('/api/workers/wrk_1'),
    ])
    for (const response of [first, second]) {
      expect(response?.status).toBe(200)
      if (response) await expectNoKey(response)
    }
    const body = await first?.json()
    expect(body).toMatchObject({ output_text: 'I was called with [redacted]' })
    expect(JSON.stringify(body)).not.toContain(btoa(`me:${TEST_KEY}`).slice(4, 20))
    // One read from Handinger, shared by both: one line.
    expect(upstream.requests).toHaveLength(1)
    expect(lines).toEqual([
      [
        'Handinger answer held the API key; replaced before passing it on',
        { path: '/api/workers/wrk_1', status: 200, hits: 2 },
      ],
    ])
    expect(JSON.stringify(lines)).not.toContain(TEST_KEY)
  })

  it('leaves a successful body byte for byte as Handinger sent it', async () => {
    const json = '{"id":"wrk_1","output_text":"Bearer of good news, hdg_ prefix"}'
    upstream.answer(answerJson(200, json))
    const { response } = await get('/api/workers/wrk_1')
    expect(await response.text()).toBe(json)
  })
})
