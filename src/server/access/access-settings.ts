import { SettingsError, type Vars, value } from '../setting-values.ts'

/*
 * Who may use the inspector. "none": whoever reaches the server (fine on a laptop's loopback);
 * "team": people who know a shared secret, or who an SSO proxy in front vouches for;
 * "byok": everyone with their own Handinger key, which the server then uses for them.
 */
export type AccessSettings =
  | { mode: 'none' }
  | {
      mode: 'team'
      /** Null when only the SSO proxy's identity header grants access. */
      secret: string | null
      identityHeader: string | null
      sessionSecret: string | null
      sessionDays: number
      sessionsNotBefore?: number | null
    }
  | {
      mode: 'byok'
      sessionSecret: string
      sessionDays: number
      /** Epoch seconds: sessions that began earlier are over (SESSIONS_NOT_BEFORE). */
      sessionsNotBefore?: number | null
    }

export type AccessMode = AccessSettings['mode']

const MIN_ACCESS_SECRET = 16
const MIN_SESSION_SECRET = 32
const HEADER_NAME = /^[a-z0-9!#$%&'*+.^_`|~-]+$/i
const GENERATE = `node -e "console.log(crypto.randomBytes(32).toString('base64url'))"`

export function parseAccessSettings(
  vars: Vars,
  context: { exposed: boolean; hasServerKey: boolean },
): AccessSettings {
  const mode = value(vars.ACCESS_MODE)?.toLowerCase() ?? null
  if (mode === null || mode === 'none') {
    if (mode === null && context.exposed) {
      throw new SettingsError(
        'The server is reachable beyond this machine (HOST or PUBLIC_URL) without access control: set ACCESS_MODE=team or ACCESS_MODE=byok, or ACCESS_MODE=none to let anyone who reaches it read every worker the key can see.',
      )
    }
    return { mode: 'none' }
  }
  if (mode !== 'team' && mode !== 'byok') {
    throw new SettingsError(`ACCESS_MODE must be none, team or byok, got "${mode.slice(0, 40)}".`)
  }
  const sessionDays = parseSessionDays(vars.SESSION_DAYS)
  const sessionsNotBefore = parseNotBefore(vars.SESSIONS_NOT_BEFORE)
  const sessionSecret = value(vars.SESSION_SECRET)
  if (sessionSecret !== null && sessionSecret.length < MIN_SESSION_SECRET) {
    throw new SettingsError(
      `SESSION_SECRET must be at least ${MIN_SESSION_SECRET} characters; generate one with ${GENERATE}.`,
    )
  }

  if (mode === 'byok') {
    if (context.hasServerKey) {
      throw new SettingsError(
        'ACCESS_MODE=byok uses each person’s own key: unset HANDINGER_API_KEY, or choose ACCESS_MODE=team.',
      )
    }
    if (sessionSecret === null) {
      throw new SettingsError(
        `ACCESS_MODE=byok needs SESSION_SECRET to seal keys into cookies; generate one with ${GENERATE}.`,
      )
    }
    return { mode, sessionSecret, sessionDays, sessionsNotBefore }
  }

  const secret = value(vars.ACCESS_SECRET)
  const identityHeader = value(vars.TRUSTED_IDENTITY_HEADER)?.toLowerCase() ?? null
  if (secret === null && identityHeader === null) {
    throw new SettingsError(
      'ACCESS_MODE=team needs ACCESS_SECRET (a shared secret) or TRUSTED_IDENTITY_HEADER (set by an SSO proxy).',
    )
  }
  if (secret !== null && secret.length < MIN_ACCESS_SECRET) {
    throw new SettingsError(`ACCESS_SECRET must be at least ${MIN_ACCESS_SECRET} characters.`)
  }
  if (secret !== null && sessionSecret === null) {
    throw new SettingsError(
      `ACCESS_SECRET needs SESSION_SECRET to sign session cookies; generate one with ${GENERATE}.`,
    )
  }
  if (identityHeader !== null && !HEADER_NAME.test(identityHeader)) {
    throw new SettingsError(
      'TRUSTED_IDENTITY_HEADER must be a header name such as X-Forwarded-Email.',
    )
  }
  // Without it, anyone who reaches the server directly could send the header themselves.
  if (identityHeader !== null && value(vars.TRUSTED_PROXIES) === null) {
    throw new SettingsError(
      'TRUSTED_IDENTITY_HEADER needs TRUSTED_PROXIES: the addresses of the proxy that sets it (e.g. 10.0.0.0/8, fd00::/8), so that nobody else can.',
    )
  }
  return { mode, secret, identityHeader, sessionSecret, sessionDays, sessionsNotBefore }
}

/**
 * SESSIONS_NOT_BEFORE: an ISO 8601 time with its zone (2026-05-01T12:00:00Z) or Unix seconds.
 * Not in the future: that would refuse every sign-in until then.
 */
function parseNotBefore(raw: string | undefined): number | null {
  const text = value(raw)
  if (text === null) return null
  const ms = /^\d{9,12}$/.test(text)
    ? Number(text) * 1000
    : /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text)
      ? Date.parse(text)
      : Number.NaN
  if (!Number.isFinite(ms)) {
    throw new SettingsError(
      'SESSIONS_NOT_BEFORE must be a time such as 2026-05-01T12:00:00Z, or Unix seconds.',
    )
  }
  if (ms > Date.now() + 5 * 60_000) {
    throw new SettingsError(
      'SESSIONS_NOT_BEFORE is in the future, which would refuse every sign-in until then.',
    )
  }
  return Math.floor(ms / 1000)
}

function parseSessionDays(raw: string | undefined): number {
  const text = value(raw) ?? '7'
  const days = Number(text)
  if (!/^\d+$/.test(text) || days < 1 || days > 365) {
    throw new SettingsError('SESSION_DAYS must be a whole number of days from 1 to 365.')
  }
  return days
}
