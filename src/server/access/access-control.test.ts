// @vitest-environment node
import { createAccessControl } from './access-control'
import { SESSION_COOKIE } from './session-cookie'

const sessionSecret = 'x'.repeat(32)
const team = {
  mode: 'team' as const,
  secret: 'correct horse battery',
  identityHeader: 'x-forwarded-email',
  sessionSecret,
  sessionDays: 1,
}
const byok = { mode: 'byok' as const, sessionSecret, sessionDays: 1 }

function withCookie(setCookie: string): Request {
  const value = setCookie.split(';')[0] ?? ''
  return new Request('http://localhost/api/workers/wrk_1', { headers: { Cookie: value } })
}

async function signedIn(
  setCookie: string,
  ...[settings, options]: Parameters<typeof createAccessControl>
) {
  return (await createAccessControl(settings, options)).check(withCookie(setCookie))
}

describe('team access', () => {
  it('grants a signed, HttpOnly, Secure, SameSite=Strict session for the right secret only', async () => {
    const access = await createAccessControl(team)
    expect(await access.signIn({ secret: 'wrong' })).toMatchObject({ ok: false, status: 401 })
    expect(await access.signIn({})).toMatchObject({ ok: false, status: 401 })
    const result = await access.signIn({ secret: team.secret })
    if (!result.ok) throw new Error(result.error)
    expect(result.setCookie).toMatch(
      new RegExp(`^${SESSION_COOKIE}=t2\\.[0-9a-f]{32}\\.\\d+\\.\\d+\\.`),
    )
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/', 'Max-Age=86400']) {
      expect(result.setCookie).toContain(attribute)
    }
    expect(result.setCookie).not.toContain(team.secret)
    expect(await access.check(withCookie(result.setCookie))).toMatchObject({
      signedIn: true,
      apiKey: null,
    })
    expect(await access.check(new Request('http://localhost/'))).toMatchObject({ signedIn: false })
  })

  it('refuses a tampered, expired, or differently keyed session', async () => {
    const access = await createAccessControl(team)
    const result = await access.signIn({ secret: team.secret })
    if (!result.ok) throw new Error(result.error)
    // A later expiry, as someone keeping a cookie alive would write it.
    const tampered = result.setCookie.replace(
      /^([^.]+\.[0-9a-f]+\.\d+\.)(\d+)\./,
      (_m, head, exp) => `${head}${Number(exp) + 1}.`,
    )
    expect(tampered).not.toBe(result.setCookie)
    expect(await access.check(withCookie(tampered))).toMatchObject({ signedIn: false })
    const later = () => Date.now() + 2 * 86_400_000
    expect(await signedIn(result.setCookie, team, { now: later })).toMatchObject({
      signedIn: false,
    })
    const rotated = { ...team, secret: 'another shared secret' }
    expect(await signedIn(result.setCookie, rotated)).toMatchObject({ signedIn: false })
    const newSession = { ...team, sessionSecret: 'y'.repeat(32) }
    expect(await signedIn(result.setCookie, newSession)).toMatchObject({ signedIn: false })
  })

  it('trusts the SSO proxy’s identity header when one is configured, from the proxy only', async () => {
    const proxy = { fromTrustedProxy: true }
    const access = await createAccessControl(team)
    const request = new Request('http://localhost/', { headers: { 'X-Forwarded-Email': 'a@b.c' } })
    expect(await access.check(request, proxy)).toMatchObject({
      signedIn: true,
      apiKey: null,
      identity: 'a@b.c',
    })
    expect(await access.check(request)).toMatchObject({ signedIn: false })
    expect(await access.check(request, { fromTrustedProxy: false })).toMatchObject({
      signedIn: false,
    })
    const blank = new Request('http://localhost/', { headers: { 'X-Forwarded-Email': ' ' } })
    expect(await access.check(blank, proxy)).toMatchObject({ signedIn: false })
    const headerOnly = await createAccessControl({ ...team, secret: null, sessionSecret: null })
    expect(await headerOnly.signIn({ secret: team.secret })).toMatchObject({ ok: false })
    expect(await headerOnly.check(request, proxy)).toMatchObject({ signedIn: true })
  })
})

describe('bring-your-own-key access', () => {
  it('seals the key into the cookie and opens it again, for this server only', async () => {
    const access = await createAccessControl(byok)
    expect(await access.signIn({ apiKey: 'has space in it' })).toMatchObject({ ok: false })
    const result = await access.signIn({ apiKey: ' hdg_live_personal_1 ' })
    if (!result.ok) throw new Error(result.error)
    expect(result.setCookie).not.toContain('hdg_live')
    expect(result.setCookie).not.toContain('personal_1')
    expect(result.setCookie).toContain('HttpOnly')
    expect(await access.check(withCookie(result.setCookie))).toMatchObject({
      signedIn: true,
      apiKey: 'hdg_live_personal_1',
    })
    const other = { ...byok, sessionSecret: 'z'.repeat(32) }
    expect(await signedIn(result.setCookie, other)).toEqual({ signedIn: false, apiKey: null })
    const later = () => Date.now() + 2 * 86_400_000
    expect(await signedIn(result.setCookie, byok, { now: later })).toMatchObject({
      signedIn: false,
    })
    const flipped = result.setCookie.replace(/=(.)/, (_m, c) => `=${c === 'A' ? 'B' : 'A'}`)
    expect(await access.check(withCookie(flipped))).toMatchObject({ signedIn: false })
  })

  it('clears the cookie on sign-out', async () => {
    const access = await createAccessControl(byok)
    expect(await access.signOut(new Request('http://localhost/'))).toMatch(
      new RegExp(`^${SESSION_COOKIE}=; Max-Age=0; Path=/`),
    )
  })
})
