import type { MarkdownBlock } from './markdown-parse'

/*
 * Source text as blocks of plain text, cut at line ends into pieces small enough to mount and
 * measure cheaply, so that even megabytes of text only render what is on screen.
 *
 * The cuts are a property of the text alone (the last line end in each span of half the size,
 * so no piece is longer than the size), not of where the plain part begins: while the worker parses a long answer chunk by chunk, the
 * plain blocks after the parsed part keep their offsets, so the pages and blocks past it stay
 * what they were (mounted, measured) instead of being rebuilt at every chunk.
 */
export const PLAIN_CHARS = 4_000

export function plainBlocks(text: string, from = 0, size = PLAIN_CHARS): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  let start = from
  while (start < text.length) {
    const end = nextCut(text, start, Math.max(1, Math.floor(size / 2)))
    blocks.push({ kind: 'plain', start, end, text: text.slice(start, end) })
    start = end
  }
  return blocks
}

/** The first cut after `start`: in each span of `span` chars, just after its last line end (or at its end). */
function nextCut(text: string, start: number, span: number): number {
  for (let index = Math.floor(start / span) + 1; ; index++) {
    const limit = index * span
    if (limit >= text.length) return text.length
    const newline = text.lastIndexOf('\n', limit - 1)
    const cut = newline >= limit - span ? newline + 1 : limit
    if (cut > start) return cut
  }
}
