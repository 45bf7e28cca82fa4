/*
 * The sources two runs cited, matched by address. Addresses are compared normalized: the same
 * page is often cited as http and https, with or without "www.", a trailing slash, a fragment or
 * tracking parameters. What is shown is the address as one run sent it.
 */
export type SourceLike = { url: string; title: string | null }

export type SourcesDiff<S extends SourceLike> = {
  /** Cited by the second run only. */
  added: S[]
  /** Cited by the first run only. */
  removed: S[]
  /** How many addresses both runs cited. */
  common: number
}

const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref_src)$/i

export function normalizeSourceUrl(raw: string): string {
  const text = raw.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return text
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href
  const host = url.host.replace(/^www\./, '')
  const path = url.pathname.replace(/\/+$/, '')
  const query = [...url.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
  const search = query.length > 0 ? `?${new URLSearchParams(query)}` : ''
  return `${host}${path}${search}`
}

/** One entry per address, in first-cited order; a later title fills a missing one. */
function byAddress<S extends SourceLike>(sources: readonly S[]): Map<string, S> {
  const map = new Map<string, S>()
  for (const source of sources) {
    const key = normalizeSourceUrl(source.url)
    const known = map.get(key)
    if (!known) map.set(key, source)
    else if (known.title === null && source.title !== null) map.set(key, source)
  }
  return map
}

export function diffSources<S extends SourceLike>(
  a: readonly S[],
  b: readonly S[],
): SourcesDiff<S> {
  const first = byAddress(a)
  const second = byAddress(b)
  const added = [...second].filter(([key]) => !first.has(key)).map(([, source]) => source)
  const removed = [...first].filter(([key]) => !second.has(key)).map(([, source]) => source)
  return { added, removed, common: first.size - removed.length }
}
