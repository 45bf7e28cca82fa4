// @vitest-environment node
import { appOptionsFromBindings } from './edge-env'

const ASSETS = { fetch: async () => new Response(null, { status: 404 }) }
const OPEN = { ASSETS, ACCESS_MODE: 'none' }

describe('appOptionsFromBindings', () => {
  it('is demo mode without a key', () => {
    expect(appOptionsFromBindings(OPEN).upstream).toBeNull()
    expect(appOptionsFromBindings({ ...OPEN, HANDINGER_API_KEY: '  ' }).upstream).toBeNull()
  })

  it('forwards to Handinger with the secret key, a base URL and a size cap', () => {
    expect(appOptionsFromBindings({ ...OPEN, HANDINGER_API_KEY: 'hdg_live_k ' }).upstream).toEqual({
      baseUrl: 'https://handinger.com',
      apiKey: 'hdg_live_k',
      maxBodyBytes: undefined,
    })
    const options = appOptionsFromBindings({
      ...OPEN,
      HANDINGER_API_KEY: 'hdg_live_k',
      HANDINGER_BASE_URL: 'http://127.0.0.1:9999',
      HANDINGER_MAX_BODY_BYTES: '1048576',
      PUBLIC_URL: 'https://inspector.example.workers.dev',
    })
    expect(options.upstream).toMatchObject({
      baseUrl: 'http://127.0.0.1:9999',
      maxBodyBytes: 1_048_576,
    })
    expect(options.allowedHosts).toContain('inspector.example.workers.dev')
  })

  it('requires an explicit access mode, as any server reachable by others', () => {
    expect(() => appOptionsFromBindings({ ASSETS })).toThrow(/ACCESS_MODE/)
  })

  it.each([
    [{ HANDINGER_BASE_URL: 'not a url' }, /absolute URL/],
    [{ HANDINGER_BASE_URL: 'ftp://handinger.com' }, /https:\/\//],
    [{ HANDINGER_MAX_BODY_BYTES: '16MB' }, /whole number/],
  ])('refuses %o with a clear message, never the key', (bad, message) => {
    const read = () => appOptionsFromBindings({ ...OPEN, HANDINGER_API_KEY: 'hdg_live_k', ...bad })
    expect(read).toThrow(message)
    expect(read).not.toThrow(/hdg_live_k/)
  })
})
