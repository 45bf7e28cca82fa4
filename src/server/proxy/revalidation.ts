import type { MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'

/*
 * Polls that change nothing cost nothing: every 200 answer to a GET under /api (proxy or demo)
 * carries an ETag of its bytes (Hono's etag middleware, with SHA-256) and `Cache-Control:
 * no-cache`, so the page revalidates each poll with If-None-Match and a match is answered 304
 * with no body. Not no-store, or the browser would never ask. A response that already has an
 * ETag (the proxy hashes once per shared answer) keeps it.
 */
export function revalidation(): MiddlewareHandler {
  const tagged = etag({ generateDigest: (body) => crypto.subtle.digest('SHA-256', body) })
  return async (c, next) => {
    await tagged(c, next)
    if (c.req.method !== 'GET' || (c.res.status !== 200 && c.res.status !== 304)) return
    // Both answers are made here (the proxy's, the demo's, Hono's 304), so their headers are ours to set.
    c.res.headers.set('Cache-Control', 'no-cache')
  }
}
