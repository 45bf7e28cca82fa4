import { jsonError } from './json-error'
import { refuseWrites } from './read-only'
import { forwardedRoute } from './routes'

/*
 * Forwards a browser's /api request to Handinger with the API key added. The key is only ever
 * placed in the outgoing Authorization header: never in a response, a redirect or a message.
 */
export type UpstreamConfig = {
  baseUrl: string
  apiKey: string
  timeoutMs?: number
  fetch?: typeof fetch
}

// Only what the browser needs; cookies and other upstream headers stay behind. Not
// content-length: fetch decompresses the body, so the upstream length may not match it.
const PASSED_HEADERS = [
  'content-type',
  'content-disposition',
  'retry-after',
  'retry-after-ms',
  'etag',
  'last-modified',
]

export async function forwardToUpstream(
  request: Request,
  config: UpstreamConfig,
): Promise<Response> {
  const refused = refuseWrites(request)
  if (refused) return refused
  const route = forwardedRoute(new URL(request.url))
  if (!route.ok) return jsonError(route.status, route.message)
  const target = `${config.baseUrl.replace(/\/+$/, '')}${route.path}`
  const timeoutMs = config.timeoutMs ?? 30_000

  let upstream: Response
  try {
    upstream = await (config.fetch ?? fetch)(target, {
      method: request.method,
      headers: { Authorization: `Bearer ${config.apiKey}`, Accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return jsonError(504, `Handinger did not answer within ${Math.round(timeoutMs / 1000)} s.`)
    }
    return jsonError(502, 'Could not reach Handinger.')
  }

  if (upstream.status >= 300 && upstream.status < 400) {
    // Following it could hand the key to another host; report it instead.
    await upstream.body?.cancel()
    return jsonError(502, `Handinger answered with an unexpected redirect (${upstream.status}).`)
  }

  const headers = new Headers({ 'Cache-Control': 'no-store' })
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers })
}
