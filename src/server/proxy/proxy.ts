import { jsonError } from './json-error'
import { credentialId } from './credential'
import { createLastGood } from './last-good'
import { refuseWrites } from './read-only'
import { forwardedRoute } from './routes'
import { type ShareSource, createSharedReads } from './shared-reads'
import { type UpstreamConfig, type UpstreamSnapshot, fetchUpstream } from './upstream'

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
export function createUpstreamProxy(config: UpstreamConfig): UpstreamProxy {
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
    return {
      ...again,
      status: 502,
      headers: [['content-type', 'application/json']],
      body: new TextEncoder().encode(
        JSON.stringify({
          error: 'Handinger answered "not modified" without an earlier answer to refer to.',
        }),
      ),
    }
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
      const key = `${await credentialId(apiKey)} ${method} ${route.path}`
      const { snapshot, source } = await shared.read(key, async () => {
        const read = () => fetchUpstream(method, route.path, apiKey, config)
        const answer = await notModified(await read(), key, () =>
          fetchUpstream(method, route.path, apiKey, config, { fresh: true }),
        )
        if (answer.etag) lastGood.keep(key, answer)
        return answer
      })
      return {
        response: toResponse(snapshot),
        upstream: { status: snapshot.upstreamStatus, durationMs: snapshot.durationMs, source },
      }
    },
  }
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
