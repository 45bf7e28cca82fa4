/*
 * Matches are painted with the CSS Custom Highlight API: ranges over the text as rendered, no
 * extra elements, nothing re-rendered. Only mounted items can be painted; the search paints
 * again whenever more of the page mounts. Where the API is missing (older browsers, jsdom),
 * stepping still scrolls each match's item into view, unpainted.
 */
const ALL = 'search'
const ACTIVE = 'search-active'

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
}

/** Ranges of every case-insensitive occurrence of the query in the text under root. */
export function findRanges(root: Node, query: string): Range[] {
  const needle = query.toLowerCase()
  const ranges: Range[] = []
  if (!needle) return ranges
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.toLowerCase() ?? ''
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      ranges.push(range)
    }
  }
  return ranges
}

export function paintHighlights(all: Range[], active: Range | null) {
  if (!highlightsSupported()) return
  CSS.highlights.set(ALL, new Highlight(...all))
  if (active) CSS.highlights.set(ACTIVE, new Highlight(active))
  else CSS.highlights.delete(ACTIVE)
}

export function clearHighlights() {
  if (!highlightsSupported()) return
  CSS.highlights.delete(ALL)
  CSS.highlights.delete(ACTIVE)
}

/**
 * Opens collapsed <details> around a match (reasoning), so it can be seen once scrolled to;
 * returns the element that holds the match's start.
 */
export function openAround(range: Range): Element | null {
  const start = range.startContainer
  const target = start instanceof Element ? start : start.parentElement
  for (let element = target; element; element = element.parentElement) {
    if (element instanceof HTMLDetailsElement && !element.open) element.open = true
  }
  return target
}
