// @vitest-environment node
import { createApp } from '../app'
import { parseRangeList } from '../net/ip-address'
import { nodePeerAddress } from '../node/peer-address'
import type { AppLogger } from '../request-log'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'

/*
 * Failed sign-ins through the whole app, with the socket address as Node reports it: a few are
 * free, then 429 with Retry-After, per address (or the first hop a trusted proxy vouches for).
 */
const upstream = setupFakeHandinger(answerJson(401, { error: 'Invalid API key' }))
const SECRET = 'our shared secret!'

function recorder() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = []
  const at = (level: string) => (fields: Record<string, unknown>, message: string) =>
    void lines.push({ level, fields, message })
  const logger: AppLogger = { debug: at('debug'), info: at('info'), warn: at('warn') }
  return { lines, logger }
}

function setup(mode: 'team' | 'byok') {
  const { lines, logger } = recorder()
  const app = createApp({
    upstream:
      mode === 'team'
        ? { baseUrl: upstream.baseUrl, apiKey: TEST_KEY }
        : { baseUrl: upstream.baseUrl },
    access:
      mode === 'team'
        ? {
            mode,
            secret: SECRET,
            identityHeader: null,
            sessionSecret: 'q'.repeat(32),
            sessionDays: 7,
          }
        : { mode, sessionSecret: 'q'.repeat(32), sessionDays: 7 },
    logger,
    peerAddress: nodePeerAddress,
    trustedProxies: parseRangeList('10.0.0.0/8'),
    signInLimits: { freeFailures: 2, baseMs: 4000 },
  })
  const signIn = (from: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(
      '/_app/session',
      {
        method: 'POST',
        headers: { Origin: 'http://localhost', 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      },
      { incoming: { socket: { remoteAddress: from } } },
    )
  return { signIn, lines }
}

describe('failed sign-ins', () => {
  it('answers 429 with Retry-After once an address has failed a few times, and logs each at warn', async () => {
    const { signIn, lines } = setup('team')
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await signIn('203.0.113.5', { secret: 'guess' })).status)
    expect(statuses).toEqual([401, 401, 401])
    const refused = await signIn('203.0.113.5', { secret: SECRET })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('4')
    expect(refused.headers.get('set-cookie')).toBeNull()
    expect(await refused.json()).toEqual({ error: 'Too many failed sign-ins. Try again in 4 s.' })
    // Another address still signs in.
    expect((await signIn('198.51.100.7', { secret: SECRET })).status).toBe(204)

    const warnings = lines.filter((line) => line.level === 'warn')
    expect(warnings.map((line) => [line.message, line.fields.address])).toEqual([
      ['sign-in failed', '203.0.113.5'],
      ['sign-in failed', '203.0.113.5'],
      ['sign-in failed', '203.0.113.5'],
      ['sign-in refused: too many failures', '203.0.113.5'],
    ])
    expect(JSON.stringify(lines)).not.toContain('guess')
  })

  it('counts keys Handinger rejects, and asks Handinger nothing while an address waits', async () => {
    const { signIn } = setup('byok')
    for (let i = 0; i < 3; i++) {
      expect((await signIn('2001:db8::1', { apiKey: `hdg_live_guess_${i}` })).status).toBe(401)
    }
    const asked = upstream.requests.length
    // The same /64 is the same party.
    const refused = await signIn('2001:db8::ffff', { apiKey: 'hdg_live_guess_9' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(upstream.requests).toHaveLength(asked)
  })

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const { signIn } = setup('team')
    // A client cannot dodge its limit by claiming other addresses.
    for (let i = 0; i < 3; i++) {
      await signIn('203.0.113.9', { secret: 'guess' }, { 'X-Forwarded-For': `192.0.2.${i}` })
    }
    const spoofed = await signIn(
      '203.0.113.9',
      { secret: SECRET },
      { 'X-Forwarded-For': '192.0.2.99' },
    )
    expect(spoofed.status).toBe(429)
    // Behind our proxy, each client is counted apart.
    for (let i = 0; i < 3; i++) {
      await signIn('10.0.0.2', { secret: 'guess' }, { 'X-Forwarded-For': '198.51.100.1' })
    }
    const limited = await signIn(
      '10.0.0.2',
      { secret: SECRET },
      { 'X-Forwarded-For': '198.51.100.1' },
    )
    expect(limited.status).toBe(429)
    const other = await signIn(
      '10.0.0.2',
      { secret: SECRET },
      { 'X-Forwarded-For': '198.51.100.2' },
    )
    expect(other.status).toBe(204)
  })
})
