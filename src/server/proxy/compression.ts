import type { MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'

/*
 * gzip (or deflate) for whatever the app answers, through CompressionStream, which Node and
 * workerd both have. The built assets also come precompressed with brotli and gzip from the
 * build (see precompress-assets.ts); those already carry a Content-Encoding and pass untouched.
 * A compressed answer's ETag turns weak (W/), which If-None-Match still matches.
 */
export function compression(): MiddlewareHandler {
  return compress()
}
