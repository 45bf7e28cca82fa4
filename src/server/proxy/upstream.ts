import { readCapped } from '@/shared/read-capped'
import { labelCheck, refusedStatus } from './api-answer'
import { describeBytes } from './body-limit'
import { bodyEtag } from './etag'
import { redactKey, scrubSecrets } from './scrub'

/*
 * One read from Handinger with the API key added. The key is only ever placed in the outgoing
 * Authorization header: never in a response, a redirect or a message. The answer comes back
 * whole (up to the size cap) as a snapshot that several browser requests can share.
 */
export type UpstreamConfig = {
  baseUrl: string
  /** The server's key. A request may bring its own instead (see UpstreamProxy.forward). */
  apiKey?: string | null
  timeoutMs?: number
  /** Largest body, after decompression, that is passed on; default 16 MB. */
  maxBodyBytes?: number
  /** How long an answer is shared with identical reads; default 1 s. */
  shareMs?: number
  fetch?: typeof fetch
  now?: () => number
  /** Told when an answer held the key (then replaced), to log it; once per upstream read. */
  onKeyFound?: (found: { path: string; status: number; hits: number }) => void
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024

export type UpstreamSnapshot = {
  status: number
  headers: [string, string][]
  body: Uint8Array<ArrayBuffer>
  /** Set on 2xx answers to GET: a hash of exactly the bytes forwarded. */
  etag: string | null
  /** Handinger's own status; null when it gave none (unreachable, too slow, too big). */
  upstreamStatus: number | null
  durationMs: number
}

// Only what the browser needs; cookies and other upstream headers stay behind. Not
// content-length: fetch decompresses the body, so the upstream length may not match it. Not the
// upstream ETag either: ours is a hash of the bytes we forward.
// Content-Type is decided apart (api-answer.ts).
const PASSED_HEADERS = ['content-disposition', 'retry-after', 'retry-after-ms', 'last-modified']

export async function fetchUpstream(
  method: 'GET' | 'HEAD',
  path: string,
  apiKey: string,
  config: UpstreamConfig,
  /** Ask caches on the way for a full answer (after a 304 nobody asked for). */
  { fresh = false }: { fresh?: boolean } = {},
): Promise<UpstreamSnapshot> {
  const now = config.now ?? Date.now
  const started = now()
  const timeoutMs = config.timeoutMs ?? 30_000
  const maxBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const target = `${config.baseUrl.replace(/\/+$/, '')}${path}`
  const ownError = (status: number, message: string, upstreamStatus: number | null = null) =>
    errorSnapshot(status, message, upstreamStatus, now() - started)

  let upstream: Response
  let body: Uint8Array<ArrayBuffer> | null
  try {
    upstream = await (config.fetch ?? fetch)(target, {
      method,
      headers: {
        Authorization: `Bearer ${apiKey}`,
        Accept: 'application/json',
        ...(fresh ? { 'Cache-Control': 'no-cache', Pragma: 'no-cache' } : {}),
      },
      redirect: 'manual',
      // Not the browser's signal: the answer may be shared with other tabs still waiting.
      signal: AbortSignal.timeout(timeoutMs),
    })
    // Not a redirect: "you have it already". Whose copy that is, the proxy knows (last-good.ts).
    if (upstream.status === 304) {
      await upstream.body?.cancel()
      const durationMs = now() - started
      return {
        status: 304,
        headers: [],
        body: new Uint8Array(0),
        etag: null,
        upstreamStatus: 304,
        durationMs,
      }
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      // Following it could hand the key to another host; report it instead.
      await upstream.body?.cancel()
      return ownError(
        502,
        `Handinger answered with an unexpected redirect (${upstream.status}).`,
        upstream.status,
      )
    }
    // fetch hands over decompressed bytes, so the cap counts those, not the bytes on the wire.
    body = await readCapped(upstream.body, maxBytes)
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return ownError(504, `Handinger did not answer within ${Math.round(timeoutMs / 1000)} s.`)
    }
    return ownError(502, 'Could not reach Handinger.')
  }
  if (body === null) {
    return ownError(
      502,
      `Handinger's answer is larger than the ${describeBytes(maxBytes)} this server passes on.`,
      upstream.status,
    )
  }

  const isError = upstream.status >= 400
  const headers: [string, string][] = []
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name)
    if (value !== null) headers.push([name, scrubSecrets(value, apiKey)])
  }
  const label = labelCheck(upstream.headers.get('content-type'), body)
  if (!label.ok) {
    const retry = headers.filter(([name]) => name.startsWith('retry-after'))
    const refused = ownError(refusedStatus(upstream.status), label.message, upstream.status)
    return { ...refused, headers: [...refused.headers, ...retry] }
  }
  if (label.contentType) headers.push(['content-type', label.contentType])
  // Every body, once per read from Handinger (the snapshot is what identical reads share).
  const redacted = redactKey(body, apiKey)
  body = redacted.body
  if (redacted.hits > 0) {
    config.onKeyFound?.({
      path: path.split('?')[0] ?? path,
      status: upstream.status,
      hits: redacted.hits,
    })
  }
  // Error texts also lose anything shaped like someone's credential.
  if (isError) body = new TextEncoder().encode(scrubSecrets(new TextDecoder().decode(body), apiKey))
  const ok = upstream.status >= 200 && upstream.status < 300
  return {
    status: upstream.status,
    headers,
    body,
    etag: ok && method === 'GET' ? await bodyEtag(body) : null,
    upstreamStatus: upstream.status,
    durationMs: now() - started,
  }
}

/** An answer the inspector itself gives in Handinger's `{ "error": … }` shape. */
export function errorSnapshot(
  status: number,
  message: string,
  upstreamStatus: number | null,
  durationMs: number,
): UpstreamSnapshot {
  return {
    status,
    headers: [['content-type', 'application/json']],
    body: new TextEncoder().encode(JSON.stringify({ error: message })),
    etag: null,
    upstreamStatus,
    durationMs,
  }
}
