import { type AccessSettings, parseAccessSettings } from './access/access-settings.ts'
import { parseRangeList } from './net/ip-address.ts'
import { SettingsError, type Vars, value } from './setting-values.ts'

/*
 * The settings every runtime shares (Node reads them from process.env, an edge runtime from its
 * bindings), checked once at start-up. Each problem is one sentence that never repeats a secret.
 */
export type AppSettings = {
  /** Null: demo mode, or bring-your-own-key mode where each person's key is used instead. */
  apiKey: string | null
  baseUrl: string
  /** Where people reach the app, when it is not localhost. */
  publicUrl: string | null
  /** Host names (lower case, no port) besides the loopback names that this server answers. */
  allowedHosts: string[]
  access: AccessSettings
  /** Largest Handinger answer passed on, in bytes; the proxy's default when unset. */
  maxBodyBytes: number | undefined
  /** Addresses and CIDR ranges of our own proxies (X-Forwarded-For, the identity header). */
  trustedProxies: string[]
}

/**
 * `exposed` says whether people other than this machine's user can reach the server (it listens
 * beyond loopback, or runs on an edge network). Then access control must be chosen explicitly.
 */
export function parseSettings(vars: Vars, context: { exposed: boolean }): AppSettings {
  const baseUrl = parseOrigin(
    'HANDINGER_BASE_URL',
    vars.HANDINGER_BASE_URL,
    'https://handinger.com',
  )
  const publicUrl = value(vars.PUBLIC_URL) ? parseOrigin('PUBLIC_URL', vars.PUBLIC_URL, '') : null
  const apiKey = value(vars.HANDINGER_API_KEY)
  if (apiKey && !/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new SettingsError('HANDINGER_API_KEY contains spaces or characters a key cannot have.')
  }
  const access = parseAccessSettings(vars, {
    exposed: context.exposed || publicUrl !== null,
    hasServerKey: apiKey !== null,
  })
  const allowedHosts = [...parseHostList(vars.ALLOWED_HOSTS)]
  if (publicUrl) allowedHosts.push(new URL(publicUrl).hostname)
  return {
    apiKey,
    baseUrl,
    publicUrl,
    allowedHosts,
    access,
    maxBodyBytes: parseMaxBody(vars),
    trustedProxies: parseTrustedProxies(vars.TRUSTED_PROXIES),
  }
}

/** TRUSTED_PROXIES: comma-separated IPv4 / IPv6 addresses and CIDR ranges. */
function parseTrustedProxies(raw: string | undefined): string[] {
  const text = value(raw) ?? ''
  try {
    parseRangeList(text)
  } catch (error) {
    const entry = error instanceof RangeError ? error.message : ''
    throw new SettingsError(
      `TRUSTED_PROXIES must list IP addresses or CIDR ranges such as 10.0.0.0/8 or fd00::/8, got "${entry}".`,
    )
  }
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
}

function parseMaxBody(vars: Vars): number | undefined {
  const raw = value(vars.HANDINGER_MAX_BODY_BYTES)
  if (raw === null) return undefined
  const bytes = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(bytes) || bytes < 1024) {
    throw new SettingsError(
      'HANDINGER_MAX_BODY_BYTES must be a whole number of bytes (1024 or more).',
    )
  }
  return bytes
}

/** An http(s) URL naming only a server: no user, password, query or fragment to leak or mislead. */
function parseOrigin(name: string, raw: string | undefined, fallback: string): string {
  const text = value(raw) ?? fallback
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new SettingsError(`${name} must be an absolute URL such as https://example.com.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingsError(`${name} must start with https:// or http://.`)
  }
  if (url.username || url.password) {
    throw new SettingsError(`${name} must not contain a user name or password.`)
  }
  if (url.search || text.includes('?')) throw new SettingsError(`${name} must not have a query.`)
  if (url.hash || text.includes('#')) throw new SettingsError(`${name} must not have a fragment.`)
  if (name === 'PUBLIC_URL' && url.pathname !== '/') {
    throw new SettingsError('PUBLIC_URL must be the server address without a path.')
  }
  return url.href.replace(/\/+$/, '')
}

const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** ALLOWED_HOSTS: comma-separated host names, as the browser sends them in Host (no port). */
function parseHostList(raw: string | undefined): string[] {
  const hosts = (value(raw) ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean)
  for (const host of hosts) {
    const bracketed = /^\[[0-9a-f:.]+\]$/.test(host)
    if (!bracketed && !HOST_NAME.test(host)) {
      throw new SettingsError(
        `ALLOWED_HOSTS must list host names without scheme or port, got "${host.slice(0, 80)}".`,
      )
    }
  }
  return hosts
}

/** The app's options from checked settings: demo without a key, each person's key in byok mode. */
export function appOptionsFrom(settings: AppSettings) {
  const { apiKey, baseUrl, access, allowedHosts, publicUrl, maxBodyBytes } = settings
  const target = { baseUrl, maxBodyBytes }
  const upstream = apiKey ? { ...target, apiKey } : access.mode === 'byok' ? target : null
  const trustedProxies =
    settings.trustedProxies.length > 0 ? parseRangeList(settings.trustedProxies.join(',')) : null
  return { upstream, access, allowedHosts, publicUrl, trustedProxies }
}
