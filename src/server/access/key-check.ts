import { type UpstreamConfig, fetchUpstream } from '../proxy/upstream'

/*
 * Whether Handinger takes a key a person brought, asked once at sign-in.
 *
 * The API has no "who am I" endpoint and no list, so the cheapest read that proves a key is the
 * retrieve of a worker ID that names nothing. Handinger's authentication guide says a missing,
 * malformed or revoked key is answered 401, while a valid key is answered 403 for what it may not
 * reach; a valid key asking for an ID that does not exist gets 404. So every answer but 401 (200
 * if the ID did exist, 403, 404) proves the key, and nothing is read or started with it.
 */
export const KEY_CHECK_PATH = '/api/workers/wrk_inspector-key-check'

// A sign-in should not hang as long as a read may: after this, say Handinger could not be asked.
const KEY_CHECK_TIMEOUT_MS = 10_000
// The answer's body is never used; a small cap keeps a huge one from being read.
const KEY_CHECK_MAX_BODY = 64 * 1024

export type KeyVerdict =
  | { kind: 'accepted' }
  | { kind: 'rejected' }
  /** `status` is Handinger's answer (5xx, 429, anything unexpected); null when none came. */
  | { kind: 'unavailable'; status: number | null }

export type KeyCheckResult = KeyVerdict & { upstream: { status: number | null; ms: number } }

export type KeyCheck = (apiKey: string) => Promise<KeyCheckResult>

export function verdictFor(status: number | null): KeyVerdict {
  if (status === 401) return { kind: 'rejected' }
  if ((status !== null && status >= 200 && status < 300) || status === 403 || status === 404) {
    return { kind: 'accepted' }
  }
  return { kind: 'unavailable', status }
}

export function createKeyCheck(upstream: UpstreamConfig): KeyCheck {
  const config = { ...upstream, timeoutMs: KEY_CHECK_TIMEOUT_MS, maxBodyBytes: KEY_CHECK_MAX_BODY }
  return async (apiKey) => {
    // The same one read as the proxy's: the key only in the Authorization header, no redirects.
    const snapshot = await fetchUpstream('GET', KEY_CHECK_PATH, apiKey, config)
    const status = snapshot.upstreamStatus
    return { ...verdictFor(status), upstream: { status, ms: snapshot.durationMs } }
  }
}
