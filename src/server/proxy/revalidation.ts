import type { MiddlewareHandler } from 'hono'
import { bodyEtag } from './etag'

// What a 304 keeps of the 200 it stands for (RFC 9110 §15.4.5).
const KEPT_ON_304 = new Set([
  'cache-control',
  'content-location',
  'date',
  'etag',
  'expires',
  'vary',
])

/*
 * Polls that change nothing cost nothing: every 200 answer to a GET under /api (proxy or demo)
 * carries an ETag of its bytes and `Cache-Control: no-cache`, so the browser stores it and
 * revalidates each poll with If-None-Match; a match is answered 304 with no body, and the
 * browser's fetch hands the stored body back as a 200. Not no-store, or it would never ask.
 * A response that already has an ETag (the proxy hashes once per shared answer) keeps it.
 */
export function revalidation(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (c.req.method !== 'GET' || c.res.status !== 200 || !c.res.body) return
    const etag =
      c.res.headers.get('ETag') ??
      (await bodyEtag(new Uint8Array(await c.res.clone().arrayBuffer())))
    c.res = new Response(c.res.body, c.res)
    c.res.headers.set('ETag', etag)
    c.res.headers.set('Cache-Control', 'no-cache')
    if (!matches(c.req.header('If-None-Match'), etag)) return

    await c.res.body?.cancel()
    c.res = new Response(null, { status: 304 })
    for (const name of [...c.res.headers.keys()]) {
      if (!KEPT_ON_304.has(name)) c.res.headers.delete(name)
    }
  }
}

/** Weak comparison, as If-None-Match asks: a compressed answer's W/ tag still matches. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque)
}
