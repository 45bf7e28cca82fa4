// @vitest-environment node
import { createApp } from '../app'
import { memoryStore } from '../storage/store'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'

/* Snapshot links: made by people signed in, read by anyone with the link, never holding a key. */
const upstream = setupFakeHandinger(answerJson(200, { id: 'wrk_1' }))
const SECRET = 'our shared secret!'
const HOUR = 3600

type App = ReturnType<typeof createApp>

const demoApp = () => createApp({ upstream: null, store: memoryStore() })
const liveApp = () =>
  createApp({ upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY }, store: memoryStore() })
const teamApp = () =>
  createApp({
    upstream: null,
    access: {
      mode: 'team',
      secret: SECRET,
      identityHeader: null,
      sessionSecret: 'q'.repeat(32),
      sessionDays: 7,
      sessionsNotBefore: null,
    },
    store: memoryStore(),
  })

const worker = {
  object: 'worker',
  id: 'wrk_shared',
  status: 'completed',
  running: false,
  output_text: 'The answer.',
  sources: [{ id: 's1', title: 'A source', type: 'url', url: 'https://example.com/a' }],
  messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'The question.' }] }],
  files: [{ filename: 'a.csv', mediaType: 'text/csv', url: 'https://cdn.example.com/a.csv' }],
  structured_output: { score: 3 },
  metadata: { team: 'growth' },
  something_new: 'not yet decided',
}
const ALL = { messages: true, files: true, structuredOutput: true, metadata: true }
const NONE = { messages: false, files: false, structuredOutput: false, metadata: false }

function create(app: App, body: unknown, headers: Record<string, string> = {}) {
  return app.request('/_app/snapshots', {
    method: 'POST',
    headers: { Origin: 'http://localhost', 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

async function share(app: App, body: Record<string, unknown> = {}): Promise<string> {
  const response = await create(app, { worker, parts: ALL, expiresInSeconds: HOUR, ...body })
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: string }
  return id
}

type Snapshot = {
  by: string
  title: string
  worker: Record<string, unknown>
  task: { turns: Record<string, unknown>[] }
}

async function read(app: App, id: string): Promise<Snapshot> {
  const response = await app.request(`/_app/snapshots/${id}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Snapshot
}

afterEach(() => vi.useRealTimers())

describe('snapshot links', () => {
  it('are read without a cookie, with the answer, sources and chosen parts', async () => {
    const app = teamApp()
    const cookie = await signIn(app)
    const anonymous = await create(app, { worker, parts: ALL, expiresInSeconds: HOUR })
    expect(anonymous.status).toBe(401)
    const made = await create(
      app,
      { worker, parts: ALL, expiresInSeconds: HOUR },
      { Cookie: cookie },
    )
    expect(made.status).toBe(201)
    const { id: madeId } = (await made.json()) as { id: string }
    const snapshot = await read(app, madeId)
    expect(snapshot.by).toBe('team member')
    expect(snapshot.worker).toMatchObject({
      output_text: 'The answer.',
      sources: worker.sources,
      messages: worker.messages,
      structured_output: { score: 3 },
      metadata: { team: 'growth' },
    })
    // A field nobody decided to share is not shared.
    expect(snapshot.worker.something_new).toBeUndefined()
  })

  it('drop the optional parts that were not chosen, from the worker and from each turn', async () => {
    const app = demoApp()
    const task = {
      task: { id: 'tsk_1', workerId: 'wrk_shared', title: 'Research', status: 'completed' },
      turns: [
        {
          id: 'trn_1',
          seq: 0,
          input: 'The question.',
          outputText: 'The answer.',
          files: worker.files,
          structuredOutput: { score: 3 },
        },
      ],
    }
    const snapshot = await read(app, await share(app, { parts: NONE, task }))
    expect(snapshot.worker.output_text).toBe('The answer.')
    expect(snapshot.worker.sources).toEqual(worker.sources)
    for (const key of ['messages', 'output', 'files', 'structured_output', 'metadata']) {
      expect(snapshot.worker).not.toHaveProperty(key)
    }
    expect(snapshot.by).toBe('someone with access')
    expect(snapshot.title).toBe('Research')
    expect(snapshot.task.turns[0]).toMatchObject({ outputText: 'The answer.', files: [] })
    expect(snapshot.task.turns[0]).not.toHaveProperty('input')
    expect(snapshot.task.turns[0]).not.toHaveProperty('structuredOutput')
  })

  it('never hold the key, nor a file that needs it', async () => {
    const app = liveApp()
    const leaky = {
      ...worker,
      output_text: `The worker read its own request: Bearer ${TEST_KEY}, key ${TEST_KEY}.`,
      metadata: { [TEST_KEY]: TEST_KEY },
      files: [
        { filename: 'secret.pdf', mediaType: 'application/pdf', url: `${upstream.baseUrl}/f/1` },
        { filename: 'ours.csv', mediaType: 'text/csv', url: 'http://localhost/_app/files?u=1' },
        { filename: 'a.csv', mediaType: 'text/csv', url: 'https://cdn.example.com/a.csv' },
      ],
    }
    const id = await share(app, { worker: leaky })
    const text = await (await app.request(`/_app/snapshots/${id}`)).text()
    expect(text).not.toContain(TEST_KEY)
    expect(text).toContain('[redacted]')
    const snapshot = JSON.parse(text) as { worker: { files: { url: string }[] } }
    expect(snapshot.worker.files.map((file) => file.url)).toEqual(['https://cdn.example.com/a.csv'])
  })

  it('refuse a body over the size cap with 413', async () => {
    const app = demoApp()
    const huge = { ...worker, output_text: 'x'.repeat(8 * 1024 * 1024) }
    const response = await create(app, { worker: huge, parts: NONE, expiresInSeconds: HOUR })
    expect(response.status).toBe(413)
  })

  it('refuse an expiry outside 1 hour to 30 days, and changes from another site', async () => {
    const app = demoApp()
    const body = { worker, parts: NONE }
    expect((await create(app, { ...body, expiresInSeconds: 60 })).status).toBe(400)
    expect((await create(app, { ...body, expiresInSeconds: 31 * 24 * HOUR })).status).toBe(400)
    const foreign = await create(
      app,
      { ...body, expiresInSeconds: HOUR },
      {
        Origin: 'https://evil.example',
      },
    )
    expect(foreign.status).toBe(403)
  })

  it('read as gone the moment they expire', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
    const app = demoApp()
    const id = await share(app)
    vi.setSystemTime(new Date('2026-01-01T00:59:59Z'))
    expect((await app.request(`/_app/snapshots/${id}`)).status).toBe(200)
    vi.setSystemTime(new Date('2026-01-01T01:00:00Z'))
    expect((await app.request(`/_app/snapshots/${id}`)).status).toBe(404)
    const list = await (await app.request('/_app/snapshots')).json()
    expect(list).toEqual({ snapshots: [] })
  })

  it('are listed and revoked by people signed in only', async () => {
    const app = teamApp()
    const cookie = await signIn(app)
    const made = await create(
      app,
      { worker, parts: NONE, expiresInSeconds: HOUR },
      { Cookie: cookie },
    )
    const { id } = (await made.json()) as { id: string }

    expect((await app.request('/_app/snapshots')).status).toBe(401)
    const listed = await app.request('/_app/snapshots', { headers: { Cookie: cookie } })
    expect(await listed.json()).toMatchObject({
      snapshots: [{ id, title: 'wrk_shared', by: 'team member' }],
    })

    const revoke = (headers: Record<string, string>) =>
      app.request(`/_app/snapshots/${id}`, {
        method: 'DELETE',
        headers: { Origin: 'http://localhost', ...headers },
      })
    expect((await revoke({})).status).toBe(401)
    expect((await app.request(`/_app/snapshots/${id}`)).status).toBe(200)
    expect((await revoke({ Cookie: cookie })).status).toBe(204)
    expect((await app.request(`/_app/snapshots/${id}`)).status).toBe(404)
  })

  it('are listed and revoked per key with people’s own keys (byok), never holding that key', async () => {
    const app = createApp({
      upstream: { baseUrl: upstream.baseUrl },
      access: { mode: 'byok', sessionSecret: 'q'.repeat(32), sessionDays: 7 },
      store: memoryStore(),
    })
    const alice = await signIn(app, { apiKey: 'alice-own-key-0001' })
    const bob = await signIn(app, { apiKey: 'bob-own-key-0002' })
    const quoting = { ...worker, output_text: 'I was called with alice-own-key-0001.' }
    const made = await create(
      app,
      { worker: quoting, parts: ALL, expiresInSeconds: HOUR },
      {
        Cookie: alice,
      },
    )
    const { id } = (await made.json()) as { id: string }
    const text = await (await app.request(`/_app/snapshots/${id}`)).text()
    expect(text).not.toContain('alice-own-key-0001')
    expect(text).not.toContain('owner')

    const listOf = async (cookie: string) =>
      (await (await app.request('/_app/snapshots', { headers: { Cookie: cookie } })).json()) as {
        snapshots: { id: string }[]
      }
    expect((await listOf(alice)).snapshots.map((item) => item.id)).toEqual([id])
    expect((await listOf(bob)).snapshots).toEqual([])
    const revokeAs = (cookie: string) =>
      app.request(`/_app/snapshots/${id}`, {
        method: 'DELETE',
        headers: { Origin: 'http://localhost', Cookie: cookie },
      })
    expect((await revokeAs(bob)).status).toBe(404)
    expect((await revokeAs(alice)).status).toBe(204)
  })

  it('are read under the same per-address rate limit as /api', async () => {
    const app = createApp({ upstream: null, apiRate: { burst: 2, perSecond: 0.01 } })
    const statuses = []
    for (let i = 0; i < 3; i++) {
      statuses.push((await app.request('/_app/snapshots/AbCdEfGhIjKlMnOpQrSt_-')).status)
    }
    expect(statuses).toEqual([404, 404, 429])
  })

  it('have IDs of 22 base64url characters, each new', async () => {
    const app = demoApp()
    const ids = await Promise.all(Array.from({ length: 20 }, () => share(app)))
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

async function signIn(app: App, body: unknown = { secret: SECRET }): Promise<string> {
  const response = await app.request('/_app/session', {
    method: 'POST',
    headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(204)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}
