/*
 * Citations: the Sources list is numbered from 1 (source n is sources[n - 1], anchored as
 * #source-<n>), and a link in the answer or a message that points at a source is a citation of it.
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

// Markdown links, autolinks and bare URLs all contain the URL itself; ")" ends a markdown link.
const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"'`]+/g

/** Every cited source in a text: its number and where the URL starts. */
function* citationsIn(text: string, numbers: Map<string, number>) {
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const key = normalizeUrl(match[0].replace(/[.,;:!?]+$/, ''))
    const n = key === null ? undefined : numbers.get(key)
    if (n !== undefined) yield { n, offset: match.index }
  }
}

/** Per source (index-aligned), the character offset of its first citation in the text, or null. */
export function firstCitations(
  text: string,
  sources: readonly { url: string }[],
): (number | null)[] {
  const numbers = sourceNumbers(sources)
  const first: (number | null)[] = sources.map(() => null)
  for (const { n, offset } of citationsIn(text, numbers)) first[n - 1] ??= offset
  sources.forEach((source, index) => {
    const key = normalizeUrl(source.url)
    const n = key === null ? undefined : numbers.get(key)
    if (n !== undefined && n - 1 !== index) first[index] = first[n - 1] ?? null
  })
  return first
}

/** How many times each source is cited across the texts (index-aligned with `sources`). */
export function citationCounts(
  texts: readonly string[],
  sources: readonly { url: string }[],
): number[] {
  const numbers = sourceNumbers(sources)
  const counts = sources.map(() => 0)
  for (const text of texts) {
    for (const { n } of citationsIn(text, numbers)) counts[n - 1] = (counts[n - 1] ?? 0) + 1
  }
  // A source listed twice under one URL is cited as often as the first of its copies.
  sources.forEach((source, index) => {
    const key = normalizeUrl(source.url)
    const n = key === null ? undefined : numbers.get(key)
    if (n !== undefined && n - 1 !== index) counts[index] = counts[n - 1] ?? 0
  })
  return counts
}
