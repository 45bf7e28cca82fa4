import type { MiddlewareHandler } from 'hono'

/*
 * DNS rebinding: a web page can point its own name at 127.0.0.1 and then read this server as
 * "same origin". The browser still sends that name in Host, so a request for any host this
 * server does not serve is refused (421 Misdirected Request) before routing, proxying or access.
 */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

export function hostCheck(allowedHosts: readonly string[] = []): MiddlewareHandler {
  const allowed = new Set([...LOOPBACK_NAMES, ...allowedHosts.map((host) => host.toLowerCase())])
  return async (c, next) => {
    // The URL's host is the Host header (Node) or the routed name (edge runtimes), lower case.
    if (allowed.has(new URL(c.req.url).hostname)) return next()
    return c.json(
      { error: 'This server does not answer for that host name. See ALLOWED_HOSTS.' },
      421,
      { 'Cache-Control': 'no-store' },
    )
  }
}
