// @vitest-environment node
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createApp } from '../app'
import { fileStore } from '../storage/file-store'
import type { Store } from '../storage/store'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'

/*
 * Sign-out ends the session on the server, not only in the browser: a copy of the cookie kept
 * elsewhere stops working. SESSIONS_NOT_BEFORE ends every older session at once.
 */
const upstream = setupFakeHandinger(answerJson(200, { id: 'wrk_1' }))
const SECRET = 'our shared secret!'
const sessionSecret = 'q'.repeat(32)

type Options = { store?: Store; sessionsNotBefore?: number | null }

const teamApp = ({ store, sessionsNotBefore = null }: Options = {}) =>
  createApp({
    upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
    access: {
      mode: 'team',
      secret: SECRET,
      identityHeader: null,
      sessionSecret,
      sessionDays: 7,
      sessionsNotBefore,
    },
    store,
  })

const byokApp = ({ store }: Options = {}) =>
  createApp({
    upstream: { baseUrl: upstream.baseUrl },
    access: { mode: 'byok', sessionSecret, sessionDays: 7 },
    store,
  })

type App = ReturnType<typeof createApp>

async function signIn(app: App, body: unknown): Promise<string> {
  const response = await app.request('/_app/session', {
    method: 'POST',
    headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(204)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

async function signOut(app: App, cookie: string) {
  const response = await app.request('/_app/session', {
    method: 'DELETE',
    headers: { Origin: 'http://localhost', Cookie: cookie },
  })
  expect(response.status).toBe(204)
  expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/)
}

async function read(app: App, cookie: string): Promise<number> {
  return (await app.request('/api/workers/wrk_1', { headers: { Cookie: cookie } })).status
}

describe('sign-out', () => {
  it.each([
    ['team', () => teamApp(), { secret: SECRET }],
    ['byok', () => byokApp(), { apiKey: 'hdg_live_mine_0001' }],
  ] as const)(
    'revokes the %s session itself: a kept copy of the cookie is refused',
    async (_mode, make, body) => {
      const app = make()
      const cookie = await signIn(app, body)
      const other = await signIn(app, body)
      expect(await read(app, cookie)).toBe(200)
      await signOut(app, cookie)
      expect(await read(app, cookie)).toBe(401)
      const config = await (
        await app.request('/_app/config', { headers: { Cookie: cookie } })
      ).json()
      expect(config.access.signedIn).toBe(false)
      // Only that session: another sign-in goes on.
      expect(await read(app, other)).toBe(200)
    },
  )

  it('is remembered across a restart when the store is in files (DATA_DIR)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inspector-data-'))
    const before = teamApp({ store: await fileStore(dir) })
    const cookie = await signIn(before, { secret: SECRET })
    await signOut(before, cookie)
    const after = teamApp({ store: await fileStore(dir) })
    expect(await read(after, cookie)).toBe(401)
  })
})

describe('SESSIONS_NOT_BEFORE', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ends every session that began before it, without a new secret; later sign-ins work', async () => {
    // Only the clock's date moves: the session began in an earlier second than the setting.
    vi.useFakeTimers({ toFake: ['Date'] })
    const older = await signIn(teamApp(), { secret: SECRET })
    vi.setSystemTime(Date.now() + 1100)
    const app = teamApp({ sessionsNotBefore: Math.floor(Date.now() / 1000) })
    expect(await read(app, older)).toBe(401)
    const fresh = await signIn(app, { secret: SECRET })
    expect(await read(app, fresh)).toBe(200)
  })
})
