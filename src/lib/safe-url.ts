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
