import type { MiddlewareHandler } from 'hono'
import { getRuntimeKey } from 'hono/adapter'
import { compress } from 'hono/compress'

/*
 * gzip (or deflate) for whatever the app answers, through CompressionStream. The built assets
 * also come precompressed with brotli and gzip from the build (see precompress-assets.ts); those
 * already carry a Content-Encoding and pass untouched. A compressed answer's ETag turns weak
 * (W/), which If-None-Match still matches.
 *
 * Not on workerd: it encodes a body itself according to its Content-Encoding header, and
 * Cloudflare's edge picks brotli or gzip for the browser, so compressing here would do it twice.
 */
export function compression(): MiddlewareHandler {
  if (getRuntimeKey() === 'workerd') return (_c, next) => next()
  return compress()
}
