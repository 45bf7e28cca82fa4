// @vitest-environment node
import {
  answerJson,
  redirectTo,
  setupFakeHandinger,
  unreachableBaseUrl,
} from '../../test/node/fake-handinger'
import { TEST_KEY } from '../../test/node/expect-no-key'
import { KEY_CHECK_PATH, createKeyCheck, verdictFor } from './key-check'

const upstream = setupFakeHandinger(answerJson(404, { error: 'Worker not found' }))

describe('verdictFor', () => {
  it.each([
    [200, 'accepted'],
    [204, 'accepted'],
    [403, 'accepted'],
    [404, 'accepted'],
    [401, 'rejected'],
    [400, 'unavailable'],
    [302, 'unavailable'],
    [408, 'unavailable'],
    [429, 'unavailable'],
    [500, 'unavailable'],
    [503, 'unavailable'],
    [null, 'unavailable'],
  ] as const)('Handinger answering %s means the key is %s', (status, kind) => {
    expect(verdictFor(status).kind).toBe(kind)
  })
})

describe('createKeyCheck', () => {
  const check = () => createKeyCheck({ baseUrl: upstream.baseUrl })

  it('reads one worker that cannot exist, with the key only in the Authorization header', async () => {
    const result = await check()(TEST_KEY)
    expect(result).toMatchObject({ kind: 'accepted', upstream: { status: 404 } })
    expect(upstream.requests).toEqual([
      expect.objectContaining({ method: 'GET', url: KEY_CHECK_PATH }),
    ])
    const [sent] = upstream.requests
    expect(sent?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
    const elsewhere = { ...sent?.headers, authorization: undefined }
    expect(`${sent?.url} ${JSON.stringify(elsewhere)}`).not.toContain(TEST_KEY)
  })

  it('calls a 401 a rejected key', async () => {
    upstream.answer(answerJson(401, { error: 'Invalid API key' }))
    expect(await check()(TEST_KEY)).toMatchObject({ kind: 'rejected', upstream: { status: 401 } })
  })

  it('says Handinger could not check it when it is down, busy, or gone', async () => {
    upstream.answer(answerJson(503, { error: 'Maintenance' }))
    expect(await check()(TEST_KEY)).toMatchObject({ kind: 'unavailable', status: 503 })
    upstream.answer(answerJson(429, { error: 'Slow down' }, { 'Retry-After': '5' }))
    expect(await check()(TEST_KEY)).toMatchObject({ kind: 'unavailable', status: 429 })
    const down = createKeyCheck({ baseUrl: await unreachableBaseUrl() })
    expect(await down(TEST_KEY)).toMatchObject({ kind: 'unavailable', status: null })
  })

  it('follows no redirect, so the key goes nowhere else', async () => {
    upstream.answer(redirectTo(`${upstream.baseUrl}/elsewhere`))
    expect(await check()(TEST_KEY)).toMatchObject({ kind: 'unavailable', status: 302 })
    expect(upstream.requests.map((request) => request.url)).toEqual([KEY_CHECK_PATH])
  })
})
