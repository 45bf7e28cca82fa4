import { DEMO_FILE_ROUTE } from '@/shared/preview-media'

/*
 * Every URL in a worker response may have been written by a web page the agent visited.
 * Only these schemes ever become a link; anything else (javascript:, data:, vbscript:, relative
 * paths) is shown as text.
 */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  try {
    const parsed = new URL(url.trim())
    return LINK_SCHEMES.has(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}

/*
 * A URL into the inspector itself: its own origin, where its pages, /api and /_app answer with
 * the viewer's session. A worker's link or file there could make the page read or the viewer
 * open the app's own data on a stranger's word, so such URLs are never fetched, previewed or
 * linked. The one exception is the demo's own files (DEMO_FILE_ROUTE), which exist only in
 * demo mode. Relative URLs never pass safeHref in the first place.
 */
export function pointsIntoApp(
  href: string,
  appOrigin: string | null = globalThis.location?.origin ?? null,
): boolean {
  try {
    const url = new URL(href)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
    if (appOrigin === null || url.origin !== appOrigin) return false
    return !url.pathname.startsWith(`${DEMO_FILE_ROUTE}/`)
  } catch {
    return false
  }
}

/** The host of a URL without "www.", for labels; null when it has none. */
export function domainOf(url: string): string | null {
  try {
    const host = new URL(url).hostname
    return host ? host.replace(/^www\./, '') : null
  } catch {
    return null
  }
}

/** The last path segment of a URL, decoded, for files published without a name. */
export function fileNameOf(url: string): string | null {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean)
    const last = segments.at(-1)
    return last ? decodeURIComponent(last) : null
  } catch {
    return null
  }
}
