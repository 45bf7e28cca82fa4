// @vitest-environment node
import { createApp } from '../app'
import type { AppLogger } from '../request-log'
import { answerJson, setupFakeHandinger, unreachableBaseUrl } from '../../test/node/fake-handinger'
import { TEST_KEY, expectNoKey } from '../../test/node/expect-no-key'
import { KEY_CHECK_PATH } from './key-check'

/*
 * Bring-your-own-key sign-in, end to end through the server: the key is checked with Handinger
 * (a fake that records what it was sent), and kept in a cookie only when Handinger took it.
 */
const upstream = setupFakeHandinger(answerJson(404, { error: 'Worker not found' }))
const sessionSecret = 's'.repeat(32)

function byokApp(baseUrl = upstream.baseUrl) {
  const lines: unknown[] = []
  const log = (fields: Record<string, unknown>, message: string) => void lines.push(fields, message)
  const logger: AppLogger = { debug: log, info: log, warn: log }
  const app = createApp({
    upstream: { baseUrl },
    access: { mode: 'byok', sessionSecret, sessionDays: 7 },
    logger,
  })
  const signIn = (apiKey: string) =>
    app.request('/_app/session', {
      method: 'POST',
      headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
      body: JSON.stringify({ apiKey }),
    })
  return { app, signIn, logged: () => JSON.stringify(lines) }
}

async function expectSignedOut(response: Response, status: number, error: RegExp) {
  expect(response.status).toBe(status)
  expect(response.headers.get('set-cookie')).toBeNull()
  expect(await response.clone().json()).toEqual({ error: expect.stringMatching(error) })
  await expectNoKey(response)
}

describe('bring-your-own-key sign-in', () => {
  it('keeps a key Handinger accepts, and uses it for /api', async () => {
    const { app, signIn, logged } = byokApp()
    const response = await signIn(TEST_KEY)
    expect(response.status).toBe(204)
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(cookie).toMatch(/^__Host-inspector-session=./)
    await expectNoKey(response)
    expect(upstream.requests).toEqual([
      expect.objectContaining({ method: 'GET', url: KEY_CHECK_PATH }),
    ])
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)

    upstream.answer(answerJson(200, { id: 'wrk_1' }))
    await app.request('/api/workers/wrk_1', { headers: { Cookie: cookie } })
    expect(upstream.requests[1]).toMatchObject({ url: '/api/workers/wrk_1' })
    expect(upstream.requests[1]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
    expect(logged()).toContain('"upstreamStatus":404')
    expect(logged()).not.toContain(TEST_KEY)
  })

  it('says a key Handinger answers 401 was rejected, and sets no cookie', async () => {
    // A careless upstream that echoes the key: none of it may come back.
    upstream.answer(answerJson(401, { error: `Invalid API key ${TEST_KEY}` }))
    const { signIn, logged } = byokApp()
    await expectSignedOut(await signIn(TEST_KEY), 401, /^This key was rejected by Handinger\./)
    expect(upstream.requests).toHaveLength(1)
    expect(logged()).toContain('"upstreamStatus":401')
    expect(logged()).not.toContain(TEST_KEY)
  })

  it.each([
    [503, /^Handinger could not check the key just now \(it answered 503\)\./],
    [500, /it answered 500/],
    [429, /it answered 429/],
  ])('does not sign in when Handinger answers %i', async (status, error) => {
    upstream.answer(answerJson(status, { error: `Trouble for ${TEST_KEY}` }))
    const { signIn } = byokApp()
    await expectSignedOut(await signIn(TEST_KEY), 502, error)
  })

  it('does not sign in when Handinger cannot be reached', async () => {
    const { signIn, logged } = byokApp(await unreachableBaseUrl())
    const response = await signIn(TEST_KEY)
    await expectSignedOut(response, 502, /^Handinger could not be reached to check the key\./)
    expect(logged()).toContain('"upstreamStatus":null')
    expect(logged()).not.toContain(TEST_KEY)
  })

  it('sends no malformed key to Handinger', async () => {
    const { signIn } = byokApp()
    await expectSignedOut(await signIn('has a space'), 400, /^Enter a Handinger API key/)
    expect(upstream.requests).toEqual([])
  })
})
