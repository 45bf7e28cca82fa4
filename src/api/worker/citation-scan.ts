import { labelKey, markersIn } from '@/lib/citation-markers'
import { normalizeUrl, sourceNumbers } from './citations'
import { hasEscapedMarker, proseView, URL_IN_TEXT } from '@/lib/markdown-prose'

/*
 * Where a text cites which source, found in its Markdown source: links and bare URLs that point
 * at a source, and bracket markers (`[^2]`, `[2]`, see citation-markers.ts). The page shows
 * each citation with a number; `n` is that number, so a place found here can be found again on
 * the page (`[data-cites="n"]`).
 */
export type Citation = { n: number; offset: number }

export type SourceCitations = {
  /** Per source, how many times the answer and the other texts (not copies of it) cite it. */
  counts: number[]
  /** Per source, where the answer cites it, in reading order. */
  places: Citation[][]
  /** Every citation of the answer, in reading order. */
  answer: Citation[]
}

type Found = Citation & { url: string | null }

type Sources = readonly { url: string }[]

const urlKey = (match: string) => normalizeUrl(match.replace(/[.,;:!?]+$/, ''))

/* Whether a text has a marker, or an address of a source, anywhere (in code or not). */
function mayCite(text: string, numbers: Map<string, number>): boolean {
  if (!markersIn(text).next().done || hasEscapedMarker(text)) return true
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = urlKey(match[0])
    if (url !== null && numbers.has(url)) return true
  }
  return false
}

function citationsIn(text: string, numbers: Map<string, number>, count: number): Found[] {
  // Most texts of a long run cite nothing: only those that may are read closely.
  if (!mayCite(text, numbers)) return []
  const view = proseView(text)
  const found: Found[] = []
  for (const match of view.prose.matchAll(URL_IN_TEXT)) {
    const url = urlKey(match[0])
    const n = url === null ? undefined : numbers.get(url)
    if (n !== undefined) found.push({ n, offset: match.index, url })
  }
  for (const marker of markersIn(view.markerText)) {
    const defined = view.definitions.get(labelKey(marker.label, marker.footnote))
    if (defined !== undefined) {
      // A defined label cites the source at its URL, or nothing (a note, another page).
      const url = defined === null ? null : normalizeUrl(defined)
      const n = url === null ? undefined : numbers.get(url)
      if (n !== undefined) found.push({ n, offset: marker.start, url })
    } else if (marker.n !== null && marker.n <= count) {
      found.push({ n: marker.n, offset: marker.start, url: null })
    }
  }
  return found.sort((a, b) => a.offset - b.offset)
}

/**
 * A citation by URL counts for every source listed under that URL; a marker counts for the
 * source it names.
 */
function citedSources(sources: Sources) {
  const byUrl = new Map<string, number[]>()
  sources.forEach((source, index) => {
    const key = normalizeUrl(source.url)
    if (key !== null) byUrl.set(key, [...(byUrl.get(key) ?? []), index])
  })
  return (found: Found): number[] =>
    found.url === null ? [found.n - 1] : (byUrl.get(found.url) ?? [])
}

export function sourceCitations(
  answer: string,
  others: readonly string[],
  sources: Sources,
): SourceCitations {
  const numbers = sourceNumbers(sources)
  const cited = citedSources(sources)
  const counts = sources.map(() => 0)
  const places: Citation[][] = sources.map(() => [])
  const inAnswer: Citation[] = []
  for (const found of citationsIn(answer, numbers, sources.length)) {
    const place = { n: found.n, offset: found.offset }
    inAnswer.push(place)
    for (const index of cited(found)) {
      counts[index] = (counts[index] ?? 0) + 1
      places[index]?.push(place)
    }
  }
  for (const text of others) {
    // The conversation often ends with the answer itself: that copy cites nothing anew.
    if (text.trim() === answer.trim()) continue
    for (const found of citationsIn(text, numbers, sources.length)) {
      for (const index of cited(found)) counts[index] = (counts[index] ?? 0) + 1
    }
  }
  return { counts, places, answer: inAnswer }
}
