import type { ScrollTargetName } from '@/lib/scroll-targets'
import type { SearchIndex } from './search-index'
import { formatNumber } from '@/lib/format'

export type SearchMatch = {
  target: ScrollTargetName
  key: string | number
  /** Which occurrence this is within its item (0 = the first), to pick it on the page. */
  ordinal: number
}

export type SearchResult = { matches: SearchMatch[]; capped: boolean }

/* Counting stops here: "10,000+" says enough, and stepping through more helps nobody. */
export const MATCH_CAP = 10_000

/** Every case-insensitive occurrence of the query, in page order, up to the cap. */
export function findMatches(index: SearchIndex, query: string, cap = MATCH_CAP): SearchResult {
  const needle = query.toLowerCase()
  const matches: SearchMatch[] = []
  if (!needle.trim()) return { matches, capped: false }
  for (const entry of index) {
    let at = entry.text.indexOf(needle)
    let ordinal = 0
    while (at !== -1) {
      if (matches.length >= cap) return { matches, capped: true }
      const key = entry.target === 'output' ? at : entry.key
      matches.push({ target: entry.target, key, ordinal })
      ordinal += 1
      at = entry.text.indexOf(needle, at + needle.length)
    }
  }
  return { matches, capped: false }
}

/** "3 of 41", "3 of 10,000+", "No matches". */
export function describeCount(result: SearchResult, active: number): string {
  const total = result.matches.length
  if (total === 0) return 'No matches'
  const shown = `${formatNumber(total)}${result.capped ? '+' : ''}`
  return `${formatNumber(active + 1)} of ${shown}`
}
