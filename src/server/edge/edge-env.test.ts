// @vitest-environment node
import { upstreamFromBindings } from './edge-env'

const ASSETS = { fetch: async () => new Response(null, { status: 404 }) }

describe('upstreamFromBindings', () => {
  it('is demo mode without a key', () => {
    expect(upstreamFromBindings({ ASSETS })).toBeNull()
    expect(upstreamFromBindings({ ASSETS, HANDINGER_API_KEY: '  ' })).toBeNull()
  })

  it('forwards to Handinger with the secret key, a base URL and a size cap', () => {
    expect(upstreamFromBindings({ ASSETS, HANDINGER_API_KEY: 'hdg_live_k ' })).toEqual({
      baseUrl: 'https://handinger.com/',
      apiKey: 'hdg_live_k',
      maxBodyBytes: undefined,
    })
    expect(
      upstreamFromBindings({
        ASSETS,
        HANDINGER_API_KEY: 'hdg_live_k',
        HANDINGER_BASE_URL: 'http://127.0.0.1:9999',
        HANDINGER_MAX_BODY_BYTES: '1048576',
      }),
    ).toMatchObject({ baseUrl: 'http://127.0.0.1:9999/', maxBodyBytes: 1_048_576 })
  })

  it.each([
    [{ HANDINGER_BASE_URL: 'not a url' }, /absolute URL/],
    [{ HANDINGER_BASE_URL: 'ftp://handinger.com' }, /https:\/\//],
    [{ HANDINGER_MAX_BODY_BYTES: '16MB' }, /whole number/],
  ])('refuses %o with a clear message, never the key', (bad, message) => {
    const read = () => upstreamFromBindings({ ASSETS, HANDINGER_API_KEY: 'hdg_live_k', ...bad })
    expect(read).toThrow(message)
    expect(read).not.toThrow(/hdg_live_k/)
  })
})
