import type { MiddlewareHandler } from 'hono'
import { getRuntimeKey } from 'hono/adapter'
import { COMPRESSIBLE_CONTENT_TYPE_REGEX, compress } from 'hono/compress'
import { parseAccept } from 'hono/utils/accept'

/** A brotli encoder as a web stream; the runtime that has one (Node's zlib) passes it in. */
export type BrotliStream = () => TransformStream<Uint8Array, Uint8Array>

/*
 * Brotli when the browser accepts it and the runtime can encode it, gzip (or deflate) through
 * CompressionStream otherwise. Brotli is not one of CompressionStream's formats, so Node's
 * server passes its zlib encoder in (node/brotli.ts); a JSON body comes out about a fifth
 * smaller than with gzip. The built assets come precompressed from the build (see
 * precompress-assets.ts); those already carry a Content-Encoding and pass untouched. A
 * compressed answer's ETag turns weak (W/), which If-None-Match still matches.
 *
 * Not on workerd: it encodes a body itself according to its Content-Encoding header, and
 * Cloudflare's edge picks brotli or gzip for the browser, so compressing here would do it twice.
 */
export function compression(options: { brotli?: BrotliStream } = {}): MiddlewareHandler {
  if (getRuntimeKey() === 'workerd') return (_c, next) => next()
  const gzip = compress()
  const { brotli } = options
  if (!brotli) return gzip
  return async (c, next) => {
    if (!prefersBrotli(c.req.header('Accept-Encoding'))) return gzip(c, next)
    await next()
    const { res } = c
    if (!worthEncoding(res, c.req.method)) return
    const vary = res.headers.get('Vary')
    if (vary !== '*' && !/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary ?? '')) {
      c.header('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    }
    if (!res.body) return
    c.res = new Response(res.body.pipeThrough(brotli()), c.res)
    c.res.headers.delete('Content-Length')
    c.res.headers.set('Content-Encoding', 'br')
    const etag = c.res.headers.get('ETag')
    if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`)
  }
}

/** Brotli is chosen when the browser accepts it at least as gladly as gzip. */
function prefersBrotli(header: string | undefined): boolean {
  if (!header) return false
  const accepts = parseAccept(header)
  const q = (name: string) =>
    accepts.find((a) => a.type.toLowerCase() === name)?.q ??
    accepts.find((a) => a.type === '*')?.q ??
    0
  return q('br') > 0 && q('br') >= q('gzip')
}

const SMALLEST = 1024

/** The same tests as gzip's: compressible, not yet encoded, not tiny, transform allowed. */
function worthEncoding(res: Response, method: string): boolean {
  const length = res.headers.get('Content-Length')
  const type = res.headers.get('Content-Type') ?? ''
  return (
    method !== 'HEAD' &&
    res.status !== 206 &&
    !res.headers.has('Content-Encoding') &&
    !res.headers.has('Transfer-Encoding') &&
    !(length !== null && Number(length) < SMALLEST) &&
    COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) &&
    !/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get('Cache-Control') ?? '')
  )
}
