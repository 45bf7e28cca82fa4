import { isRecord } from '@/shared/guards'
import type { AccessMode, AccessSettings } from './access-settings'
import type { KeyCheck } from './key-check'
import { memoryStore } from '../storage/store'
import { createSealer, createSigner } from './session-crypto'
import { type Sessions, createSessions } from './sessions'
import { SESSION_COOKIE, clearSessionCookie, readCookie, sessionCookie } from './session-cookie'

/**
 * What one request may do. `apiKey` is the person's own key (byok), used instead of the server's;
 * `identity` who the SSO proxy says is asking, when its header let the request in.
 */
export type AccessState = {
  signedIn: boolean
  apiKey: string | null
  identity?: string
  /**
   * What makes this session this one (never sent as it is): the page is told a hash of it, to
   * keep what the browser stores apart per session.
   */
  sessionRef?: string
}

/** What the app knows of the connection: whether it came straight from one of our proxies. */
export type RequestOrigin = { fromTrustedProxy: boolean }

export type SignInResult = (
  | { ok: true; setCookie: string }
  | { ok: false; status: 400 | 401 | 403 | 404 | 502; error: string }
) & {
  /** Set when Handinger was asked about a key: its status (null: no answer) and time. */
  upstream?: { status: number | null; ms: number }
}

export type AccessOptions = {
  now?: () => number
  /** Where sign-outs are remembered; a store in memory when left out (tests). */
  sessions?: Sessions
  /**
   * Asks Handinger whether a brought key is valid (byok). Null: there is no Handinger to ask
   * (the simulated API of demo mode takes any key).
   */
  checkKey?: KeyCheck | null
}

export type AccessControl = {
  mode: AccessMode
  check: (request: Request, origin?: RequestOrigin) => Promise<AccessState>
  /** `body` is the parsed JSON the access page sent: `{ secret }` (team) or `{ apiKey }` (byok). */
  signIn: (body: unknown) => Promise<SignInResult>
  /** Ends the request's session on the server too; answers the Set-Cookie that clears it. */
  signOut: (request: Request) => Promise<string>
}

/** A session cookie this server issued, read and verified (still subject to isCurrent). */
type CookieSession = { id: string; issuedAt: number; expiresAt: number; apiKey: string | null }

const OPEN: AccessState = { signedIn: true, apiKey: null }
const CLOSED: AccessState = { signedIn: false, apiKey: null }
// A Handinger key goes into an Authorization header: visible ASCII, a sane length.
const KEY_SHAPE = /^[\x21-\x7e]{8,256}$/

export async function createAccessControl(
  settings: AccessSettings,
  {
    now = Date.now,
    checkKey = null,
    sessions = createSessions({ store: memoryStore(now), now }),
  }: AccessOptions = {},
): Promise<AccessControl> {
  if (settings.mode === 'none') {
    return {
      mode: 'none',
      check: async () => OPEN,
      signIn: async () => ({ ok: false, status: 404, error: 'This server needs no sign-in.' }),
      signOut: async () => clearSessionCookie(),
    }
  }
  const maxAgeSeconds = settings.sessionDays * 86_400
  const expiry = () => Math.floor(now() / 1000) + maxAgeSeconds
  const current = (expiresAt: number) => Number.isSafeInteger(expiresAt) && expiresAt * 1000 > now()

  /** The state a verified cookie grants, once its session is neither revoked nor too old. */
  async function stateOf(session: CookieSession | null): Promise<AccessState> {
    if (!session || !current(session.expiresAt)) return CLOSED
    if (!(await sessions.isCurrent(session.id, session.issuedAt))) return CLOSED
    return { signedIn: true, apiKey: session.apiKey, sessionRef: `session:${session.id}` }
  }

  /** Sign-out: the cookie goes, and its session is revoked wherever the cookie may still be. */
  function signOutWith(read: (request: Request) => Promise<CookieSession | null>) {
    return async (request: Request) => {
      const session = await read(request)
      if (session && current(session.expiresAt)) {
        await sessions.revoke(session.id, session.expiresAt)
      }
      return clearSessionCookie()
    }
  }

  if (settings.mode === 'byok') {
    const sealer = await createSealer(settings.sessionSecret, 'inspector byok session v2')
    const read = async (request: Request): Promise<CookieSession | null> => {
      const sealed = readCookie(request, SESSION_COOKIE)
      const plain = sealed ? await sealer.open(sealed) : null
      const session = plain ? parseJson(plain) : null
      if (
        !isRecord(session) ||
        typeof session.key !== 'string' ||
        typeof session.sid !== 'string' ||
        typeof session.iat !== 'number' ||
        typeof session.exp !== 'number'
      ) {
        return null
      }
      return { id: session.sid, issuedAt: session.iat, expiresAt: session.exp, apiKey: session.key }
    }
    return {
      mode: 'byok',
      check: async (request) => stateOf(await read(request)),
      signIn: async (body) => {
        const apiKey = isRecord(body) && typeof body.apiKey === 'string' ? body.apiKey.trim() : ''
        if (!KEY_SHAPE.test(apiKey)) {
          return { ok: false, status: 400, error: 'Enter a Handinger API key (hdg_live_…).' }
        }
        const checked = checkKey ? await checkKey(apiKey) : null
        const upstream = checked ? { upstream: checked.upstream } : {}
        if (checked?.kind === 'rejected') {
          return { ok: false, status: 401, error: KEY_REJECTED, ...upstream }
        }
        // Not signed in when Handinger cannot say: a key that was never checked would only
        // fail later, on every page, and a mistyped one would look revoked.
        if (checked?.kind === 'unavailable') {
          return { ok: false, status: 502, error: keyUncheckable(checked.status), ...upstream }
        }
        const { id, issuedAt } = sessions.begin()
        const session = { key: apiKey, sid: id, iat: issuedAt, exp: expiry() }
        const sealed = await sealer.seal(JSON.stringify(session))
        return { ok: true, setCookie: sessionCookie(sealed, maxAgeSeconds), ...upstream }
      },
      signOut: signOutWith(read),
    }
  }

  const { secret, identityHeader, sessionSecret } = settings
  // Salted with the access secret: changing ACCESS_SECRET (or SESSION_SECRET) signs everyone out.
  const signer = sessionSecret
    ? await createSigner(sessionSecret, 'inspector team session v1', secret ?? '')
    : null
  const secretMac = signer && secret ? await signer.sign(`secret:${secret}`) : null
  // t2.<session ID>.<issued at>.<expires at>.<MAC of all three>
  const read = async (request: Request): Promise<CookieSession | null> => {
    const cookie = readCookie(request, SESSION_COOKIE)
    const match = cookie
      ? /^t2\.([0-9a-f]{32})\.(\d{1,12})\.(\d{1,12})\.([\w-]+)$/.exec(cookie)
      : null
    if (!signer || !match) return null
    const [, id = '', issued = '', expires = '', mac = ''] = match
    if (!(await signer.verify(`team:${id}:${issued}:${expires}`, mac))) return null
    return { id, issuedAt: Number(issued), expiresAt: Number(expires), apiKey: null }
  }
  return {
    mode: 'team',
    check: async (request, origin) => {
      // Anyone can send the header; only our proxy's word counts (TRUSTED_PROXIES).
      const identity = identityHeader ? request.headers.get(identityHeader)?.trim() : undefined
      if (identity && origin?.fromTrustedProxy) {
        return { ...OPEN, identity: loggable(identity), sessionRef: `identity:${identity}` }
      }
      return stateOf(await read(request))
    },
    signIn: async (body) => {
      if (!signer || !secretMac) {
        return {
          ok: false,
          status: 403,
          error: 'Access is granted by your organisation’s sign-in.',
        }
      }
      const entered = isRecord(body) && typeof body.secret === 'string' ? body.secret : ''
      if (
        !entered ||
        entered.length > 1024 ||
        !(await signer.verify(`secret:${entered}`, secretMac))
      ) {
        return { ok: false, status: 401, error: 'That access secret is not right.' }
      }
      const { id, issuedAt } = sessions.begin()
      const fields = `${id}:${issuedAt}:${expiry()}`
      const mac = await signer.sign(`team:${fields}`)
      const value = `t2.${fields.replaceAll(':', '.')}.${mac}`
      return { ok: true, setCookie: sessionCookie(value, maxAgeSeconds) }
    },
    signOut: signOutWith(read),
  }
}

const KEY_REJECTED =
  'This key was rejected by Handinger. Check that you copied all of it, or create a new one in Handinger under Settings → API keys.'

function keyUncheckable(status: number | null): string {
  const cause =
    status === null
      ? 'Handinger could not be reached to check the key.'
      : `Handinger could not check the key just now (it answered ${status}).`
  return `${cause} You are not signed in; try again in a moment.`
}

// The header's value goes into log lines: printable, and short.
function loggable(identity: string): string {
  return identity.replace(/[^\x20-\x7e]/g, '?').slice(0, 200)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
