import type { MarkdownBlock } from './markdown-parse'

/*
 * Source text as blocks of plain text, cut at line ends into pieces small enough to mount and
 * measure cheaply, so that even megabytes of text only render what is on screen.
 */
export const PLAIN_CHARS = 4_000

export function plainBlocks(text: string, from = 0, size = PLAIN_CHARS): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  let start = from
  while (start < text.length) {
    let end = Math.min(text.length, start + size)
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end)
      if (newline > start) end = newline + 1
    }
    blocks.push({ kind: 'plain', start, end, text: text.slice(start, end) })
    start = end
  }
  return blocks
}
