// @vitest-environment node
import type { ServerResponse } from 'node:http'
import { createApp } from '../app'
import { setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY, expectNoKey } from '../../test/node/expect-no-key'

/*
 * The file route against two fakes that record where every request went and with which
 * Authorization: Handinger (a real HTTP server, the configured base URL) and "the rest of the
 * internet" (the fetch the app is given for other hosts).
 */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const CDN = 'https://cdn.files.test'

type Sent = { url: string; authorization: string | null }
const elsewhere: Sent[] = []
const cdnAnswers: Record<string, () => Response> = {
  '/chart.png': () => new Response(PNG, { headers: { 'Content-Type': 'image/png' } }),
  '/stored.png': () =>
    new Response(PNG, { headers: { 'Content-Type': 'application/octet-stream' } }),
  '/notes.txt': () => new Response('plain notes', { headers: { 'Content-Type': 'text/plain' } }),
  '/page.html': () =>
    new Response('<script>alert(1)</script>', { headers: { 'Content-Type': 'text/html' } }),
  '/drawing.png': () =>
    new Response('<svg onload="alert(1)"/>', { headers: { 'Content-Type': 'image/svg+xml' } }),
  '/html-as-png.png': () =>
    new Response('<html><body>error</body></html>', { headers: { 'Content-Type': 'image/png' } }),
  '/big.txt': () =>
    new Response(new Uint8Array(6 * 1024 * 1024), { headers: { 'Content-Type': 'text/plain' } }),
  '/moved.png': () =>
    new Response(null, {
      status: 302,
      headers: { Location: 'https://other.files.test/chart.png' },
    }),
  '/hop.png': () => new Response(null, { status: 301, headers: { Location: '/chart.png' } }),
}
const otherHosts: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  elsewhere.push({ url: url.href, authorization: new Headers(init?.headers).get('Authorization') })
  const answer = url.origin === CDN ? cdnAnswers[url.pathname] : undefined
  if (!answer) throw new TypeError('fetch failed')
  return answer()
}

const handinger = setupFakeHandinger((req, res) => {
  const path = req.url ?? ''
  if (path === '/api/workers/wrk_files/files/data.json') return json(res, { rows: 2 })
  if (path.startsWith('/api/workers/wrk_files')) return json(res, workerBody())
  if (path === '/api/tasks/tsk_files/turns') return json(res, turnsBody())
  if (path === '/files/report.csv') {
    res.writeHead(200, { 'Content-Type': 'text/csv' })
    return res.end('a,b\n1,2\n')
  }
  if (path === '/files/away.csv') {
    res.writeHead(302, { Location: `${CDN}/notes.txt` })
    return res.end()
  }
  if (path === '/files/sneaky.json') {
    res.writeHead(302, { Location: '/api/workers/wrk_files/webhook' })
    return res.end()
  }
  res.writeHead(404, { 'Content-Type': 'application/json' })
  res.end(`{"error":"not found, key ${TEST_KEY}"}`)
})

function json(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

const file = (url: string, mediaType: string, filename: string | null = null) => ({
  url,
  mediaType,
  filename,
})

function workerBody() {
  return {
    id: 'wrk_files',
    status: 'completed',
    files: [
      file(`${handinger.baseUrl}/files/report.csv`, 'text/csv', 'report.csv'),
      file(`${handinger.baseUrl}/files/away.csv`, 'text/csv'),
      file(`${handinger.baseUrl}/files/sneaky.json`, 'application/json'),
      file(`${handinger.baseUrl}/files/missing.csv`, 'text/csv'),
      file(`${handinger.baseUrl}/api/workers/wrk_files/webhook`, 'application/json'),
      file(`${handinger.baseUrl}/api/workers/wrk_files/files/data.json`, 'application/json'),
      ...Object.keys(cdnAnswers).map((path) =>
        file(`${CDN}${path}`, path.endsWith('.png') ? 'image/png' : 'text/plain'),
      ),
      file(`${CDN}/page-declared.html`, 'text/html'),
      file(`${CDN}/vector.svg`, 'image/svg+xml'),
      file('http://cdn.files.test/insecure.txt', 'text/plain'),
      file('https://10.0.0.5/internal.txt', 'text/plain'),
      file('https://[::ffff:127.0.0.1]/loopback.txt', 'text/plain'),
      file('https://metadata.internal/latest', 'text/plain'),
      file('http://localhost/api/workers/wrk_files', 'application/json'),
      file('https://localhost/api/workers/wrk_files', 'application/json'),
      file('/api/workers/wrk_files', 'application/json'),
    ],
  }
}

function turnsBody() {
  return {
    taskId: 'tsk_files',
    items: [{ seq: 0, files: [file(`${CDN}/notes.txt`, 'text/plain')] }],
  }
}

const live = () =>
  createApp({
    upstream: { baseUrl: handinger.baseUrl, apiKey: TEST_KEY },
    files: { fetch: otherHosts },
  })

type App = ReturnType<typeof createApp>
const preview = (app: App, url: string, init?: RequestInit) =>
  app.request(`/_app/files?${new URLSearchParams({ url })}`, init)

async function openWorker(app: App, init?: RequestInit) {
  const response = await app.request('/api/workers/wrk_files', init)
  expect(response.status).toBe(200)
  await response.arrayBuffer()
}

beforeEach(() => {
  elsewhere.length = 0
})

const fileRequests = () => handinger.requests.filter((r) => !r.url.startsWith('/api/'))

describe('the file route', () => {
  it('sends the key to the Handinger origin only, never to another host', async () => {
    const app = live()
    await openWorker(app)
    const own = await preview(app, `${handinger.baseUrl}/files/report.csv`)
    expect(own.status).toBe(200)
    expect(await own.text()).toBe('a,b\n1,2\n')
    expect(fileRequests()).toEqual([expect.objectContaining({ url: '/files/report.csv' })])
    expect(fileRequests()[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)

    const apiFile = await preview(app, `${handinger.baseUrl}/api/workers/wrk_files/files/data.json`)
    expect(await apiFile.json()).toEqual({ rows: 2 })
    expect(handinger.requests.at(-1)).toMatchObject({
      url: '/api/workers/wrk_files/files/data.json',
      headers: { authorization: `Bearer ${TEST_KEY}` },
    })

    const other = await preview(app, `${CDN}/notes.txt`)
    expect(other.status).toBe(200)
    expect(await other.text()).toBe('plain notes')
    expect(elsewhere).toEqual([{ url: `${CDN}/notes.txt`, authorization: null }])
  })

  it('answers with one fixed type, inert headers and a clean file name', async () => {
    const app = live()
    await openWorker(app)
    const image = await preview(app, `${CDN}/stored.png`)
    expect(image.status).toBe(200)
    expect(image.headers.get('Content-Type')).toBe('image/png')
    expect(image.headers.get('Content-Disposition')).toBe(
      `inline; filename="stored.png"; filename*=UTF-8''stored.png`,
    )
    expect(image.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(image.headers.get('Content-Security-Policy')).toBe(
      "sandbox; default-src 'none'; img-src 'self' data:",
    )
    expect(image.headers.get('Cache-Control')).toBe('private')
    expect(image.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin')
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG)

    const csv = await preview(app, `${handinger.baseUrl}/files/report.csv`)
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('Content-Disposition')).toMatch(/^attachment; filename="report.csv"/)
    expect(csv.headers.get('Content-Security-Policy')).toMatch(/^sandbox;/)
  })

  it('refuses a redirect to another host, and follows one within the same origin', async () => {
    const app = live()
    await openWorker(app)
    const moved = await preview(app, `${CDN}/moved.png`)
    expect(moved.status).toBe(502)
    expect(await moved.json()).toMatchObject({ error: expect.stringMatching(/another host/) })
    expect(elsewhere.map((sent) => sent.url)).toEqual([`${CDN}/moved.png`])

    const away = await preview(app, `${handinger.baseUrl}/files/away.csv`)
    expect(away.status).toBe(502)
    // The key went to Handinger and nowhere else: the CDN was never asked.
    expect(elsewhere.map((sent) => sent.url)).toEqual([`${CDN}/moved.png`])

    const hop = await preview(app, `${CDN}/hop.png`)
    expect(hop.status).toBe(200)
    expect(elsewhere.map((sent) => sent.url).slice(1)).toEqual([
      `${CDN}/hop.png`,
      `${CDN}/chart.png`,
    ])
  })

  it('refuses a redirect within the Handinger origin to an API path that is not a file', async () => {
    const app = live()
    await openWorker(app)
    const sneaky = await preview(app, `${handinger.baseUrl}/files/sneaky.json`)
    expect(sneaky.status).toBe(502)
    expect(await sneaky.json()).toMatchObject({ error: expect.stringMatching(/not fetched/) })
    expect(handinger.requests.map((r) => r.url)).toEqual([
      '/api/workers/wrk_files',
      '/files/sneaky.json',
    ])
  })

  it.each([
    'https://inspector.example.com./api/workers/wrk_files',
    'https://inspector.example.com.:8443/_app/config',
    'http://also.example.org./api/workers/wrk_files',
  ])('refuses its own public name written as a full name, %s', async (url) => {
    const app = createApp({
      upstream: { baseUrl: handinger.baseUrl, apiKey: TEST_KEY },
      files: { fetch: otherHosts },
      publicUrl: 'https://inspector.example.com',
      allowedHosts: ['also.example.org'],
    })
    const response = await preview(app, url)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: expect.stringMatching(/own addresses/) })
    expect(elsewhere).toEqual([])
  })

  it.each([
    ['http: on another host', 'http://cdn.files.test/insecure.txt'],
    ['a private address', 'https://10.0.0.5/internal.txt'],
    ['a mapped loopback address', 'https://[::ffff:127.0.0.1]/loopback.txt'],
    ['an internal name', 'https://metadata.internal/latest'],
    ['its own origin', 'http://localhost/api/workers/wrk_files'],
    ['its own host on another scheme', 'https://localhost/api/workers/wrk_files'],
    ['a relative /api path', '/api/workers/wrk_files'],
    ['a URL with a password', 'https://user:pw@cdn.files.test/notes.txt'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a Handinger API path that is not a file', '{handinger}/api/workers/wrk_files/webhook'],
  ])('refuses %s without fetching it', async (_label, url) => {
    const app = live()
    await openWorker(app)
    const response = await preview(app, url.replace('{handinger}', handinger.baseUrl))
    expect(response.status).toBe(400)
    expect(elsewhere).toEqual([])
    expect(fileRequests()).toEqual([])
    expect(handinger.requests).toHaveLength(1) // only the worker
  })

  it('refuses a URL no served body listed', async () => {
    const app = live()
    const unseen = await preview(app, `${CDN}/notes.txt`)
    expect(unseen.status).toBe(403)
    await openWorker(app)
    expect((await preview(app, `${CDN}/unlisted.txt`)).status).toBe(403)
    expect(elsewhere).toEqual([])
  })

  it('takes the files of task turns too', async () => {
    const app = live()
    await (await app.request('/api/tasks/tsk_files/turns')).arrayBuffer()
    expect((await preview(app, `${CDN}/notes.txt`)).status).toBe(200)
  })

  it('refuses types it does not preview, declared or sent', async () => {
    const app = live()
    await openWorker(app)
    for (const path of ['/page-declared.html', '/vector.svg']) {
      const response = await preview(app, `${CDN}${path}`)
      expect(response.status).toBe(415)
    }
    expect(elsewhere).toEqual([]) // refused from the declared type, before fetching
    for (const path of ['/page.html', '/drawing.png', '/html-as-png.png']) {
      const response = await preview(app, `${CDN}${path}`)
      expect(response.status).toBe(415)
      expect(response.headers.get('Content-Type')).toBe('application/json')
    }
  })

  it('refuses a file over the preview limit', async () => {
    const app = live()
    await openWorker(app)
    const response = await preview(app, `${CDN}/big.txt`)
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ code: 'too-large' })
  })

  it('never shows the key, even when Handinger quotes it', async () => {
    const app = live()
    await openWorker(app)
    const response = await preview(app, `${handinger.baseUrl}/files/missing.csv`)
    expect(response.status).toBe(502)
    await expectNoKey(response)
  })

  it('needs the same sign-in as /api', async () => {
    const app = createApp({
      upstream: { baseUrl: handinger.baseUrl, apiKey: TEST_KEY },
      access: {
        mode: 'team',
        secret: 's'.repeat(16),
        identityHeader: null,
        sessionSecret: 'q'.repeat(32),
        sessionDays: 1,
      },
      files: { fetch: otherHosts },
    })
    expect((await preview(app, `${CDN}/notes.txt`)).status).toBe(401)
  })
})

describe('credentials', () => {
  const sessionSecret = 'q'.repeat(32)
  const byok = () =>
    createApp({
      upstream: { baseUrl: handinger.baseUrl },
      access: { mode: 'byok', sessionSecret, sessionDays: 7 },
      files: { fetch: otherHosts },
    })
  async function signIn(app: App, apiKey: string): Promise<RequestInit> {
    const response = await app.request('/_app/session', {
      method: 'POST',
      headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
      body: JSON.stringify({ apiKey }),
    })
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    return { headers: { Cookie: cookie } }
  }

  it('a URL served to one key is refused to another, and each key goes to Handinger alone', async () => {
    const app = byok()
    const alice = await signIn(app, 'hdg_live_alice_0001')
    const bob = await signIn(app, 'hdg_live_bob_0002')
    await openWorker(app, alice)
    expect((await preview(app, `${CDN}/notes.txt`, alice)).status).toBe(200)
    expect((await preview(app, `${CDN}/notes.txt`, bob)).status).toBe(403)
    expect((await preview(app, `${handinger.baseUrl}/files/report.csv`, bob)).status).toBe(403)
    expect((await preview(app, `${handinger.baseUrl}/files/report.csv`, alice)).status).toBe(200)
    expect(fileRequests().map((r) => r.headers.authorization)).toEqual([
      'Bearer hdg_live_alice_0001',
    ])
    expect(elsewhere.map((sent) => sent.authorization)).toEqual([null])
  })

  it('demo mode is a credential of its own, and its files come from the demo', async () => {
    const demo = createApp({ upstream: null, files: { fetch: otherHosts } })
    const url = 'https://files.handinger-cdn.example/wrk_demo-files-cdn/field-notes.txt'
    expect((await preview(demo, url)).status).toBe(403)
    await (await demo.request('/api/workers/wrk_demo-files-cdn')).arrayBuffer()
    const response = await preview(demo, url)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/^Field notes/)
    expect(elsewhere).toEqual([])
  })
})
