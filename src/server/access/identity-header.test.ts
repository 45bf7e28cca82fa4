// @vitest-environment node
import { createApp } from '../app'
import { parseRangeList } from '../net/ip-address'
import { nodePeerAddress } from '../node/peer-address'
import type { AppLogger } from '../request-log'
import { answerJson, setupFakeHandinger } from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'

/* The SSO proxy's identity header opens the inspector only when that proxy is the one calling. */
const upstream = setupFakeHandinger(answerJson(200, { id: 'wrk_1' }))

function setup() {
  const lines: { level: string; fields: Record<string, unknown> }[] = []
  const at = (level: string) => (fields: Record<string, unknown>) =>
    void lines.push({ level, fields })
  const logger: AppLogger = { debug: at('debug'), info: at('info'), warn: at('warn') }
  const app = createApp({
    upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
    access: {
      mode: 'team',
      secret: null,
      identityHeader: 'x-forwarded-email',
      sessionSecret: null,
      sessionDays: 7,
    },
    logger,
    peerAddress: nodePeerAddress,
    trustedProxies: parseRangeList('10.0.0.0/8, fd00::/8'),
  })
  // The log line is written once the body has gone out, so each answer is read whole.
  const get = async (from: string, headers: Record<string, string> = {}) => {
    const env = { incoming: { socket: { remoteAddress: from } } }
    const response = await app.request('/api/workers/wrk_1', { headers }, env)
    await response.clone().text()
    return response
  }
  return { get, lines }
}

describe('TRUSTED_IDENTITY_HEADER', () => {
  it('is honoured from a trusted proxy, and its identity logged with the request', async () => {
    const { get, lines } = setup()
    const response = await get('10.0.0.2', { 'X-Forwarded-Email': 'ada@example.com' })
    expect(response.status).toBe(200)
    expect(await get('fd00::7', { 'X-Forwarded-Email': 'bob@example.com' })).toHaveProperty(
      'status',
      200,
    )
    expect(lines.map((line) => line.fields.identity)).toEqual([
      'ada@example.com',
      'bob@example.com',
    ])
  })

  it('is ignored from any other address, also one that claims to be forwarded', async () => {
    const { get, lines } = setup()
    const direct = await get('203.0.113.5', { 'X-Forwarded-Email': 'ada@example.com' })
    expect(direct.status).toBe(401)
    const claimed = await get('203.0.113.5', {
      'X-Forwarded-Email': 'ada@example.com',
      'X-Forwarded-For': '10.0.0.2',
    })
    expect(claimed.status).toBe(401)
    expect(upstream.requests).toEqual([])
    expect(lines.every((line) => line.fields.identity === undefined)).toBe(true)
  })

  it('cannot be configured without the proxies that set it', () => {
    expect(() =>
      createApp({
        upstream: { baseUrl: upstream.baseUrl, apiKey: TEST_KEY },
        access: {
          mode: 'team',
          secret: null,
          identityHeader: 'x-forwarded-email',
          sessionSecret: null,
          sessionDays: 7,
        },
      }),
    ).toThrow(/trusted proxies/)
  })
})
