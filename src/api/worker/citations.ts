/*
 * Citations: the Sources list is numbered from 1 (source n is sources[n - 1], anchored as
 * #source-<n>), and a link in the answer or a message that points at a source is a citation of it
 * (so are bracket markers, see citation-markers.ts; citation-scan.ts finds them all).
 * URLs are compared loosely (scheme, "www.", a trailing slash, the fragment and letter case of the
 * host do not matter), as agents quote the same page in slightly different spellings.
 */
export function sourceNumber(index: number): number {
  return index + 1
}

export function sourceAnchor(n: number): string {
  return `source-${n}`
}

export function normalizeUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim())
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
    const path = parsed.pathname.replace(/\/+$/, '')
    return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${parsed.search}`
  } catch {
    return null
  }
}

/** Normalised URL -> source number; the first source wins when two share a URL. */
export function sourceNumbers(sources: readonly { url: string }[]): Map<string, number> {
  const numbers = new Map<string, number>()
  sources.forEach((source, index) => {
    const key = normalizeUrl(source.url)
    if (key !== null && !numbers.has(key)) numbers.set(key, sourceNumber(index))
  })
  return numbers
}
