import { jsonError } from './json-error'
import { credentialId } from './credential'
import { createLastGood } from './last-good'
import {
  POOL_FULL_MESSAGE,
  POOL_RETRY_SECONDS,
  type UpstreamPool,
  createUpstreamPool,
} from './upstream-pool'
import { refuseWrites } from './read-only'
import { forwardedRoute } from './routes'
import { type ShareSource, createSharedReads } from './shared-reads'
import {
  type UpstreamConfig,
  type UpstreamSnapshot,
  errorSnapshot,
  fetchUpstream,
} from './upstream'

/** What the request log needs to know about the upstream side of one /api request. */
export type UpstreamReport = {
  /** Handinger's status; null when it gave none (unreachable, too slow). */
  status: number | null
  durationMs: number
  /** Whether this request fetched, joined a read in flight, or got an answer kept from one. */
  source: ShareSource
}

export type Forwarded = {
  response: Response
  /** Null when nothing was asked of Handinger (refused method, path or ID). */
  upstream: UpstreamReport | null
}

export type UpstreamProxy = {
  /** `apiKey` overrides the server's key for this request (a key the visitor brought). */
  forward: (request: Request, options?: { apiKey?: string | null }) => Promise<Forwarded>
}

/** The /api answerer of live mode: one guard per concern, then one read from Handinger. */
export function createUpstreamProxy(
  config: UpstreamConfig,
  /** Shared with the file route by the app; one of its own otherwise. */
  { pool = createUpstreamPool() }: { pool?: UpstreamPool | null } = {},
): UpstreamProxy {
  const shared = createSharedReads({ shareMs: config.shareMs ?? 1000, now: config.now ?? Date.now })
  const lastGood = createLastGood()

  /*
   * A 304 answers a question the proxy never asks (it sends no If-None-Match), so it means the
   * copy the proxy already has: the last good answer to this read. Without one, it asks once
   * more for a full answer, past any cache; a second 304 is then reported as Handinger's fault.
   */
  async function notModified(
    answer: UpstreamSnapshot,
    key: string,
    askFresh: () => Promise<UpstreamSnapshot>,
  ): Promise<UpstreamSnapshot> {
    if (answer.status !== 304) return answer
    const kept = lastGood.get(key)
    if (kept) return { ...kept, upstreamStatus: 304, durationMs: answer.durationMs }
    const again = await askFresh()
    if (again.status !== 304) return again
    const message = 'Handinger answered "not modified" without an earlier answer to refer to.'
    return errorSnapshot(502, message, 304, again.durationMs)
  }
  return {
    async forward(request, options = {}) {
      const refused = refuseWrites(request)
      if (refused) return { response: refused, upstream: null }
      const route = forwardedRoute(new URL(request.url))
      if (!route.ok) return { response: jsonError(route.status, route.message), upstream: null }
      const apiKey = options.apiKey ?? config.apiKey
      if (!apiKey) {
        return { response: jsonError(401, 'No Handinger API key is set.'), upstream: null }
      }
      const method = request.method === 'HEAD' ? 'HEAD' : 'GET'
      const credential = await credentialId(apiKey)
      const key = `${credential} ${method} ${route.path}`
      const { snapshot, source } = await shared.read(key, async () => {
        const release = pool ? pool.tryAcquire(credential) : () => {}
        if (!release) return poolFull()
        try {
          const read = (fresh = false) =>
            fetchUpstream(method, route.path, apiKey, config, { fresh })
          const answer = await notModified(await read(), key, () => read(true))
          if (answer.etag) lastGood.keep(key, answer)
          return answer
        } finally {
          release()
        }
      })
      return {
        response: toResponse(snapshot),
        upstream: { status: snapshot.upstreamStatus, durationMs: snapshot.durationMs, source },
      }
    },
  }
}

function poolFull(): UpstreamSnapshot {
  const refused = errorSnapshot(503, POOL_FULL_MESSAGE, null, 0)
  return { ...refused, headers: [...refused.headers, ['retry-after', String(POOL_RETRY_SECONDS)]] }
}

/** A fresh Response per browser request; the snapshot itself may be shared. */
function toResponse(snapshot: UpstreamSnapshot): Response {
  const headers = new Headers(snapshot.headers)
  headers.set('Cache-Control', 'no-store')
  if (snapshot.etag) headers.set('ETag', snapshot.etag)
  return new Response(snapshot.body.byteLength > 0 ? snapshot.body.slice() : null, {
    status: snapshot.status,
    headers,
  })
}
