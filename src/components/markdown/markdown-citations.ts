import type { Element, ElementContent, Root, RootContent } from 'hast'
import { markersIn } from '@/lib/citation-markers'

/*
 * Marks the citations of a document for the React components, which know the run's sources:
 *   data-cite="2"          a bracket marker in the text ([2], [^2]); its text child is as written
 *   data-cite-url="<url>"  a footnote call whose note names a web address
 * Code and links are elements of their own here, and their text is left alone: `[1]` in code or
 * in a link's text is no citation (the counts in citation-scan skip them the same way).
 */
type Parent = Root | Element

const NOT_PROSE = new Set(['code', 'pre', 'a'])

function splitMarkers(value: string): (RootContent | ElementContent)[] | null {
  const pieces: ElementContent[] = []
  let done = 0
  for (const marker of markersIn(value)) {
    // `[^note]` names no source; a footnote with a definition is a footnote call, not text.
    if (marker.n === null) continue
    if (marker.start > done) pieces.push({ type: 'text', value: value.slice(done, marker.start) })
    pieces.push({
      type: 'element',
      tagName: 'span',
      properties: { dataCite: String(marker.n) },
      children: [{ type: 'text', value: value.slice(marker.start, marker.end) }],
    })
    done = marker.end
  }
  if (done === 0) return null
  if (done < value.length) pieces.push({ type: 'text', value: value.slice(done) })
  return pieces
}

function markText(parent: Parent): void {
  const next: (RootContent | ElementContent)[] = []
  for (const child of parent.children) {
    if (child.type === 'element' && !NOT_PROSE.has(child.tagName)) markText(child)
    const pieces = child.type === 'text' ? splitMarkers(child.value) : null
    if (pieces) next.push(...pieces)
    else next.push(child)
  }
  parent.children = next as Parent['children']
}

function* elementsOf(parent: Parent): Generator<Element> {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    yield child
    yield* elementsOf(child)
  }
}

/* Each footnote's id and the first address its note links to (not its way back). */
function noteUrls(tree: Root): Map<string, string> {
  const urls = new Map<string, string>()
  for (const section of tree.children) {
    if (section.type !== 'element' || section.properties.dataFootnotes === undefined) continue
    for (const item of elementsOf(section)) {
      if (item.tagName !== 'li' || typeof item.properties.id !== 'string') continue
      for (const link of elementsOf(item)) {
        const href = link.properties.href
        if (link.tagName !== 'a' || link.properties.dataFootnoteBackref !== undefined) continue
        if (typeof href === 'string' && !href.startsWith('#')) {
          urls.set(item.properties.id, href)
          break
        }
      }
    }
  }
  return urls
}

function markFootnoteCalls(tree: Root): void {
  const urls = noteUrls(tree)
  if (urls.size === 0) return
  for (const element of elementsOf(tree)) {
    const { href, dataFootnoteRef } = element.properties
    if (element.tagName !== 'a' || dataFootnoteRef === undefined || typeof href !== 'string') {
      continue
    }
    const url = urls.get(href.slice(1))
    if (url) element.properties.dataCiteUrl = url
  }
}

/** Runs before the link rules, so that a link turned into text still reads as a link here. */
export function markCitations(tree: Root): Root {
  markText(tree)
  markFootnoteCalls(tree)
  return tree
}
