import type { Element, ElementContent } from 'hast'
import type { MarkdownBlock } from './markdown-parse'

/*
 * Small texts are parsed once per text and kept (see small-parses.ts), so their ids carry this
 * neutral prefix instead of their document's own; each document puts its own prefix in place
 * when it shows them, so that two documents with footnotes never share an id. Ids only come
 * from footnotes, and always begin with the prefix (mdast-util-to-hast's clobberPrefix).
 */
export const NEUTRAL_PREFIX = 'md-'

function swap(value: string, prefix: string): string {
  return value.startsWith(NEUTRAL_PREFIX) ? prefix + value.slice(NEUTRAL_PREFIX.length) : value
}

function withPrefix(node: Element, prefix: string): Element {
  const properties = { ...node.properties }
  const { id, href, dataAnchor, ariaDescribedBy } = properties
  if (typeof id === 'string') properties.id = swap(id, prefix)
  if (typeof dataAnchor === 'string') properties.dataAnchor = swap(dataAnchor, prefix)
  if (typeof href === 'string' && href.startsWith('#'))
    properties.href = `#${swap(href.slice(1), prefix)}`
  if (Array.isArray(ariaDescribedBy))
    properties.ariaDescribedBy = ariaDescribedBy.map((value) => swap(String(value), prefix))
  const children = node.children.map(
    (child): ElementContent => (child.type === 'element' ? withPrefix(child, prefix) : child),
  )
  return { ...node, properties, children }
}

/** The blocks with `prefix` in place of the neutral one; the same array when they have no ids. */
export function withIdPrefix(blocks: MarkdownBlock[], prefix: string): MarkdownBlock[] {
  const hasIds = blocks.some((block) => block.kind === 'hast' && block.ids.length > 0)
  if (!hasIds || prefix === NEUTRAL_PREFIX) return blocks
  return blocks.map((block) =>
    block.kind === 'hast'
      ? {
          ...block,
          node: withPrefix(block.node, prefix),
          ids: block.ids.map((id) => swap(id, prefix)),
        }
      : block,
  )
}
