import { isShortText } from './markdown-budget'
import type { MarkdownBlock, ParseOptions } from './markdown-parse'

/*
 * The blocks of short texts already parsed, so that a message shown again (scrolled back into a
 * list, a panel opened again, the same text in another place) shows its blocks at once instead of
 * its plain text for a moment. Only blocks that do not name their document are kept (no ids:
 * footnotes carry the document's own prefix), since those look the same in any document; the
 * least recently used give way past LIMIT.
 */
const LIMIT = 500

const cache = new Map<string, MarkdownBlock[]>()

const keyOf = (text: string, options: ParseOptions) => `${options.appOrigin ?? ''}\n${text}`

export function cachedBlocks(text: string, options: ParseOptions): MarkdownBlock[] | null {
  const key = keyOf(text, options)
  const blocks = cache.get(key)
  if (!blocks) return null
  cache.delete(key)
  cache.set(key, blocks)
  return blocks
}

export function rememberBlocks(
  text: string,
  options: ParseOptions,
  blocks: readonly MarkdownBlock[],
): void {
  if (!isShortText(text)) return
  // Plain text left by a deadline is not a parse to keep.
  if (blocks.some((block) => block.kind !== 'hast')) return
  if (JSON.stringify(blocks).includes(options.idPrefix)) return
  cache.set(keyOf(text, options), [...blocks])
  for (const key of cache.keys()) {
    if (cache.size <= LIMIT) break
    cache.delete(key)
  }
}
