import type { Element, Root, RootContent } from 'hast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toHast } from 'mdast-util-to-hast'
import { gfm } from 'micromark-extension-gfm'
import { toHastOptions, transformHast } from './markdown-hast'
import type { TransformOptions } from './markdown-transforms'

/*
 * One top-level block of a document: its hast and where it starts in the source text, so that
 * search and deep links can ask for "the block containing character n". A 'plain' block is source
 * text shown as it is (the raw view, or the fallback when parsing took too long).
 */
export type MarkdownBlock =
  | { kind: 'hast'; start: number; end: number; node: Element; ids: string[] }
  | { kind: 'plain'; start: number; end: number; text: string }

export type ParseOptions = TransformOptions

function collectIds(node: Element, ids: string[]): string[] {
  if (typeof node.properties.id === 'string') ids.push(node.properties.id)
  for (const child of node.children) if (child.type === 'element') collectIds(child, ids)
  return ids
}

/* Positions are only needed for the block offsets; dropped, the blocks cost less to post. */
function dropPositions(node: RootContent): void {
  delete node.position
  if (node.type === 'element') for (const child of node.children) dropPositions(child)
}

export function toHastTree(text: string, options: ParseOptions): Root {
  const mdast = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const tree = toHast(mdast, toHastOptions(options.idPrefix))
  if (tree.type !== 'root') return { type: 'root', children: [] }
  return transformHast(tree, options)
}

/** Parses one chunk of a document whose first character is at `offset` in the whole text. */
export function parseBlocks(text: string, offset: number, options: ParseOptions): MarkdownBlock[] {
  const tree = toHastTree(text, options)
  const elements = tree.children.filter((child) => child.type === 'element')
  return elements.map((node, index) => {
    const own = node.position?.start.offset
    // Generated blocks (the footnotes section) have no position: they belong at the end.
    const start = offset + (own ?? text.length)
    const nextOwn = elements[index + 1]?.position?.start.offset
    const end = offset + (nextOwn ?? text.length)
    dropPositions(node)
    return { kind: 'hast', start, end: Math.max(start, end), node, ids: collectIds(node, []) }
  })
}
