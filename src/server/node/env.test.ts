// @vitest-environment node
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SettingsError } from '../setting-values'
import { loadDotEnv, readEnv } from './env'

const SESSION_SECRET = 's'.repeat(32)

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    readEnv(env)
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError)
    return error instanceof Error ? error.message : ''
  }
  throw new Error('readEnv accepted the settings')
}

describe('readEnv', () => {
  it('has working defaults: loopback, demo mode, no access control', () => {
    expect(readEnv({})).toMatchObject({
      port: 4173,
      host: '127.0.0.1',
      apiKey: null,
      baseUrl: 'https://handinger.com',
      publicUrl: null,
      allowedHosts: [],
      access: { mode: 'none' },
      logLevel: 'info',
    })
  })

  it.each(['abc', '-1', '65536', '1e3', '80.5', '0x50', ' 80 8'])('refuses PORT=%s', (port) => {
    expect(refusal({ PORT: port })).toMatch(/^PORT must be a whole number from 0 to 65535/)
  })

  it('accepts PORT=0 (any free port) and 65535', () => {
    expect(readEnv({ PORT: '0' }).port).toBe(0)
    expect(readEnv({ PORT: '65535' }).port).toBe(65535)
  })

  it.each([
    ['https://user:pw@handinger.com', /user name or password/],
    ['https://handinger.com/?key=1', /query/],
    ['https://handinger.com/?', /query/],
    ['https://handinger.com/#x', /fragment/],
    ['ftp://handinger.com', /https:\/\/ or http:\/\//],
    ['handinger.com', /absolute URL/],
  ])('refuses HANDINGER_BASE_URL=%s', (url, message) => {
    const text = refusal({ HANDINGER_BASE_URL: url })
    expect(text).toMatch(/^HANDINGER_BASE_URL /)
    expect(text).toMatch(message)
    expect(text).not.toContain('pw')
  })

  it('never repeats the key in a message', () => {
    const text = refusal({ HANDINGER_API_KEY: 'hdg_live_secret with space' })
    expect(text).toMatch(/^HANDINGER_API_KEY /)
    expect(text).not.toContain('secret')
  })

  it('refuses an unknown access mode and an unknown log level', () => {
    expect(refusal({ ACCESS_MODE: 'open' })).toMatch(/^ACCESS_MODE must be none, team or byok/)
    expect(refusal({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/)
  })

  it('needs an explicit access mode beyond loopback or with a public address', () => {
    expect(refusal({ HOST: '0.0.0.0' })).toMatch(/without access control: set ACCESS_MODE/)
    expect(refusal({ PUBLIC_URL: 'https://inspector.example.com' })).toMatch(/ACCESS_MODE/)
    expect(readEnv({ HOST: '0.0.0.0', ACCESS_MODE: 'none' }).access).toEqual({ mode: 'none' })
    expect(readEnv({ HOST: '::1' }).access).toEqual({ mode: 'none' })
  })

  it('answers the public host, ALLOWED_HOSTS and a named listening address', () => {
    const env = readEnv({
      HOST: '10.0.0.5',
      ACCESS_MODE: 'none',
      PUBLIC_URL: 'https://Inspector.Example.com',
      ALLOWED_HOSTS: 'intranet, Inspector.local',
    })
    expect(env.publicUrl).toBe('https://inspector.example.com')
    expect(env.allowedHosts).toEqual([
      'intranet',
      'inspector.local',
      'inspector.example.com',
      '10.0.0.5',
    ])
    expect(refusal({ ALLOWED_HOSTS: 'https://x.example' })).toMatch(/^ALLOWED_HOSTS /)
    expect(refusal({ ALLOWED_HOSTS: 'x.example:8080' })).toMatch(/^ALLOWED_HOSTS /)
    expect(refusal({ PUBLIC_URL: 'https://x.example/app', ACCESS_MODE: 'none' })).toMatch(
      /^PUBLIC_URL must be the server address without a path/,
    )
  })

  it('team mode needs a long enough secret and a session secret, or an identity header', () => {
    expect(refusal({ ACCESS_MODE: 'team' })).toMatch(/ACCESS_SECRET .* or TRUSTED_IDENTITY_HEADER/)
    expect(refusal({ ACCESS_MODE: 'team', ACCESS_SECRET: 'short' })).toMatch(/at least 16/)
    expect(refusal({ ACCESS_MODE: 'team', ACCESS_SECRET: 'a'.repeat(16) })).toMatch(
      /needs SESSION_SECRET/,
    )
    expect(
      refusal({ ACCESS_MODE: 'team', ACCESS_SECRET: 'a'.repeat(16), SESSION_SECRET: 'short' }),
    ).toMatch(/^SESSION_SECRET must be at least 32/)
    expect(
      readEnv({
        ACCESS_MODE: 'team',
        TRUSTED_IDENTITY_HEADER: 'X-Forwarded-Email',
        TRUSTED_PROXIES: '10.0.0.0/8',
      }).access,
    ).toMatchObject({ mode: 'team', secret: null, identityHeader: 'x-forwarded-email' })
    expect(refusal({ ACCESS_MODE: 'team', TRUSTED_IDENTITY_HEADER: 'x email' })).toMatch(
      /TRUSTED_IDENTITY_HEADER/,
    )
  })

  it('refuses an identity header without the proxies that may send it', () => {
    const header = { ACCESS_MODE: 'team', TRUSTED_IDENTITY_HEADER: 'X-Forwarded-Email' }
    expect(refusal(header)).toBe(
      'TRUSTED_IDENTITY_HEADER needs TRUSTED_PROXIES: the addresses of the proxy that sets it (e.g. 10.0.0.0/8, fd00::/8), so that nobody else can.',
    )
    expect(refusal({ ...header, TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' })).toBe(
      'TRUSTED_PROXIES must list IP addresses or CIDR ranges such as 10.0.0.0/8 or fd00::/8, got "proxy.internal".',
    )
    expect(refusal({ TRUSTED_PROXIES: '10.0.0.0/40' })).toMatch(/^TRUSTED_PROXIES /)
    const env = readEnv({ ...header, TRUSTED_PROXIES: ' 10.0.0.0/8 , fd00::/8 ' })
    expect(env.trustedProxies).toEqual(['10.0.0.0/8', 'fd00::/8'])
  })

  it('reads SESSIONS_NOT_BEFORE as a time with its zone or Unix seconds, never in the future', () => {
    const byok = { ACCESS_MODE: 'byok', SESSION_SECRET }
    const at = (value: string) => {
      const access = readEnv({ ...byok, SESSIONS_NOT_BEFORE: value }).access
      return access.mode === 'byok' ? access.sessionsNotBefore : undefined
    }
    expect(at('2026-01-02T03:04:05Z')).toBe(Date.parse('2026-01-02T03:04:05Z') / 1000)
    expect(at('2026-01-02T05:04:05+02:00')).toBe(Date.parse('2026-01-02T03:04:05Z') / 1000)
    expect(at('1767323045')).toBe(1767323045)
    for (const bad of ['yesterday', '2026-01-02', '2026-01-02T03:04:05', '-5']) {
      expect(refusal({ ...byok, SESSIONS_NOT_BEFORE: bad }), bad).toMatch(
        /^SESSIONS_NOT_BEFORE must be/,
      )
    }
    const later = new Date(Date.now() + 86_400_000).toISOString()
    expect(refusal({ ...byok, SESSIONS_NOT_BEFORE: later })).toMatch(/in the future/)
  })

  it('keeps data in memory unless DATA_DIR names a directory', () => {
    expect(readEnv({}).dataDir).toBeNull()
    expect(readEnv({ DATA_DIR: ' /var/lib/inspector ' }).dataDir).toBe('/var/lib/inspector')
  })

  it('byok mode needs a session secret and no server key', () => {
    expect(refusal({ ACCESS_MODE: 'byok' })).toMatch(/needs SESSION_SECRET/)
    expect(refusal({ ACCESS_MODE: 'byok', SESSION_SECRET, HANDINGER_API_KEY: 'hdg_x' })).toMatch(
      /unset HANDINGER_API_KEY/,
    )
    expect(readEnv({ ACCESS_MODE: 'BYOK', SESSION_SECRET, SESSION_DAYS: '30' }).access).toEqual({
      mode: 'byok',
      sessionSecret: SESSION_SECRET,
      sessionDays: 30,
      sessionsNotBefore: null,
    })
    expect(refusal({ ACCESS_MODE: 'byok', SESSION_SECRET, SESSION_DAYS: '0' })).toMatch(
      /^SESSION_DAYS /,
    )
  })
})

describe('loadDotEnv', () => {
  it('reads a .env file without overriding real variables, and ignores a missing one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inspector-env-'))
    const file = path.join(dir, '.env')
    await writeFile(file, 'INSPECTOR_TEST_A=from-file\nINSPECTOR_TEST_B=from-file\n')
    process.env.INSPECTOR_TEST_B = 'from-environment'
    try {
      loadDotEnv(file)
      expect(process.env.INSPECTOR_TEST_A).toBe('from-file')
      expect(process.env.INSPECTOR_TEST_B).toBe('from-environment')
      expect(() => loadDotEnv(path.join(dir, 'missing.env'))).not.toThrow()
    } finally {
      delete process.env.INSPECTOR_TEST_A
      delete process.env.INSPECTOR_TEST_B
    }
  })
})
