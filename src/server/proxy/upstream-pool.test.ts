// @vitest-environment node
import { createApp } from '../app'
import { nodePeerAddress } from '../node/peer-address'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'

/*
 * Requests out to Handinger at once are bounded per key and overall, and each client address
 * has its own request rate on /api: beyond either, a clear refusal with Retry-After.
 */
const upstream = setupFakeHandinger()

/** Holds every answer until released, so requests stay in flight. */
function holdAnswers() {
  const held: Array<() => void> = []
  upstream.answer((req, res) => held.push(() => answerJson(200, { url: req.url })(req, res)))
  return {
    arrived: async (count: number) => {
      while (held.length < count) await new Promise((resolve) => setTimeout(resolve, 5))
    },
    release: () => held.splice(0).forEach((send) => send()),
  }
}

describe('the upstream pool', () => {
  it('lets a key have only so many reads in flight, then answers 503 with Retry-After', async () => {
    const app = createApp({
      upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
      upstreamPool: { perCredential: 3, overall: 10 },
    })
    const gate = holdAnswers()
    // Different reads (identical ones would share one request).
    const reads = ['wrk_1', 'wrk_2', 'wrk_3'].map((id) => app.request(`/api/workers/${id}`))
    await gate.arrived(3)
    const refused = await app.request('/api/workers/wrk_4')
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('1')
    expect(await refused.json()).toEqual({ error: expect.stringContaining('too many requests') })
    // A read already in flight is still joined, not refused.
    const joined = app.request('/api/workers/wrk_1')
    gate.release()
    for (const response of [...(await Promise.all(reads)), await joined]) {
      expect(response.status).toBe(200)
    }
    expect(upstream.requests).toHaveLength(3)
    // Slots come back when answers arrive.
    upstream.answer(answerJson(200, {}))
    expect((await app.request('/api/workers/wrk_4')).status).toBe(200)
  })

  it('bounds the whole server too, across keys, the file route included', async () => {
    const app = createApp({
      upstream: { baseUrl: upstream.baseUrl },
      access: { mode: 'byok', sessionSecret: 'q'.repeat(32), sessionDays: 7 },
      upstreamPool: { perCredential: 2, overall: 3 },
    })
    const fileUrl = `${upstream.baseUrl}/files/f.csv`
    upstream.answer(
      answerJson(200, { id: 'wrk_1', files: [{ url: fileUrl, mediaType: 'text/csv' }] }),
    )
    const cookies: string[] = []
    for (const name of ['alice', 'bob']) {
      const signedIn = await app.request('/_app/session', {
        method: 'POST',
        headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
        body: JSON.stringify({ apiKey: `hdg_live_${name}_0001` }),
      })
      cookies.push((signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '')
    }
    const [alice = '', bob = ''] = cookies
    const as = (cookie: string, path: string) => app.request(path, { headers: { Cookie: cookie } })
    // Alice is shown a file, so the file route would fetch it for her.
    await (await as(alice, '/api/workers/wrk_0')).arrayBuffer()
    const gate = holdAnswers()
    const reads = [
      as(alice, '/api/workers/wrk_1'),
      as(alice, '/api/workers/wrk_2'),
      as(bob, '/api/workers/wrk_1'),
    ]
    await gate.arrived(3)
    const refused = await as(bob, '/api/workers/wrk_2')
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('1')
    const file = await as(alice, `/_app/files?url=${encodeURIComponent(fileUrl)}`)
    expect(file.status).toBe(503)
    expect(file.headers.get('retry-after')).toBe('1')
    expect(await file.json()).toMatchObject({ code: 'busy' })
    gate.release()
    expect((await Promise.all(reads)).map((r) => r.status)).toEqual([200, 200, 200])
  })
})

describe('the request rate per client', () => {
  const app = () =>
    createApp({
      upstream: null,
      peerAddress: nodePeerAddress,
      apiRate: { burst: 3, perSecond: 1 },
    })
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } })

  it('answers 429 with Retry-After once an address has used its burst, others unaffected', async () => {
    const server = app()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const response = await server.request(
        '/api/workers/wrk_demo-research',
        {},
        from('203.0.113.5'),
      )
      statuses.push(response.status)
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toBe('1')
        expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
        expect(await response.json()).toEqual({ error: 'Too many requests; try again in 1 s.' })
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    const other = await server.request('/api/workers/wrk_demo-research', {}, from('198.51.100.9'))
    expect(other.status).toBe(200)
    // The page itself is not counted.
    expect((await server.request('/_app/config', {}, from('203.0.113.5'))).status).toBe(200)
  })
})
