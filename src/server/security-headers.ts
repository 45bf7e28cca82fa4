import type { MiddlewareHandler } from 'hono'
import { isApiPath } from './proxy/api-answer'

/*
 * Pages may show attacker-written content, so the browser is told to run only our own scripts,
 * load nothing from elsewhere, and never be framed or leak the current URL as a referrer.
 *
 * Three policies: the page's own (page/page-html.ts: only scripts carrying this response's
 * nonce, and what they load), the sandbox of every /api answer and file (a document opened from
 * there has no origin and runs nothing), and this one for everything else. Scripts of 'self'
 * stay allowed here for the markdown worker, whose policy comes from its own response and which
 * loads its chunks from /assets; no other answer of this server is a script or a page.
 */
const DEFAULT_POLICY = documentPolicy("'self'")

/** The policy of everything that may be a document; only whose scripts and styles run differs. */
export function documentPolicy(scriptSrc: string, styleSrc = "'self'"): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    `style-src ${styleSrc}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** What /api answers carry, whoever wrote them: inert if opened as a document. */
export const API_POLICY = "sandbox; default-src 'none'"

const OTHER_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const headers = c.res.headers
    for (const [name, value] of Object.entries(OTHER_HEADERS)) headers.set(name, value)
    // Every /api answer, refusals included; the page and the file route bring their own.
    if (isApiPath(new URL(c.req.url).pathname)) headers.set('Content-Security-Policy', API_POLICY)
    else if (!headers.has('Content-Security-Policy')) {
      headers.set('Content-Security-Policy', DEFAULT_POLICY)
    }
  }
}
