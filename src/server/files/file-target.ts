import { isPrivateHostname } from './private-address'

/*
 * Where the file route may go, decided from the URL alone before anything is fetched:
 * - an absolute URL without user or password (a relative one would mean this server);
 * - never this server itself, under any scheme or port, so nothing reaches its own /api with
 *   the visitor's session or the server's key;
 * - the Handinger origin (HANDINGER_BASE_URL's scheme, host and port, http allowed there, as a
 *   local test server is) gets the key, but under its /api only a worker's or task's files: the
 *   proxy forwards three reads of that API on purpose (proxy/routes.ts), and a file URL must not
 *   become a way around that to webhook tokens or schedules;
 * - every other host gets no key and must be https and public (no IP literal of a private
 *   network, no localhost or intranet name).
 */
export type FileTarget =
  | { ok: true; url: URL; toHandinger: boolean }
  | { ok: false; message: string }

export type TargetRules = {
  /** The Handinger origin, or null in demo mode (no key is ever sent). */
  handingerOrigin: string | null
  /** Origins this server is reached at: the request's own and PUBLIC_URL's. */
  ownOrigins: readonly string[]
  /** Host names this server answers for (request host, PUBLIC_URL, ALLOWED_HOSTS), any port. */
  ownHostnames: readonly string[]
}

// Where Handinger's own file downloads would live under its API, if it serves them there.
const HANDINGER_FILE_PATH = /^\/api\/(?:workers|tasks)\/[^/]+\/files\/[^/]/

export function fileTarget(raw: string, rules: TargetRules): FileTarget {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, message: 'The file URL must be an absolute https URL.' }
  }
  if (url.username || url.password) {
    return { ok: false, message: 'The file URL must not carry a user name or password.' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Only https file URLs are fetched.' }
  }
  // "host." names the same host as "host" (a fully qualified name), so both are compared bare.
  const hostname = url.hostname.replace(/\.$/, '')
  const bare = (origin: string) => origin.replace(/\.(?=(:\d+)?$)/, '')
  if (rules.ownOrigins.map(bare).includes(bare(url.origin))) {
    return { ok: false, message: 'The inspector does not fetch its own addresses.' }
  }
  if (url.origin === rules.handingerOrigin) {
    if (url.pathname.startsWith('/api/') && !HANDINGER_FILE_PATH.test(url.pathname)) {
      return { ok: false, message: 'Only file downloads are fetched from the Handinger API.' }
    }
    return { ok: true, url, toHandinger: true }
  }
  if (rules.ownHostnames.map((name) => name.replace(/\.$/, '')).includes(hostname)) {
    return { ok: false, message: 'The inspector does not fetch its own addresses.' }
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'Only https file URLs are fetched.' }
  if (isPrivateHostname(url.hostname)) {
    return { ok: false, message: 'Files on private or local addresses are not fetched.' }
  }
  return { ok: true, url, toHandinger: false }
}
