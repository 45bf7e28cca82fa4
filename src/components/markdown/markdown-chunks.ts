/*
 * Long answers are parsed in chunks so that blocks arrive while the rest is still being parsed,
 * and so that inputs that make the parser slow (thousands of separate blockquotes) stay bounded
 * by the chunk size. Chunks must not change what the text looks like, so a chunk ends only
 * where no open block can continue: at a blank line outside fenced code that is followed by a
 * line starting at column 0 that is not a list item. An indented line after a blank line may
 * continue a list item (a paragraph or a nested list) or an indented code block, and a list
 * item continues its list (loose lists have blank lines between items); cutting before either
 * would split one list into two, or turn a continuation into a block of its own.
 */
export const CHUNK_CHARS = 8_000

export type Chunk = { start: number; text: string }

const FENCE = /^ {0,3}(`{3,}|~{3,})/
// A bullet or ordered list marker, followed by a space or the end of the line.
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/
// Link reference and footnote definitions apply to the whole document: such texts are parsed whole.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m

export function hasDefinitions(text: string): boolean {
  return DEFINITION.test(text)
}

export function splitChunks(text: string, size = CHUNK_CHARS): Chunk[] {
  if (text.length <= size || hasDefinitions(text)) return [{ start: 0, text }]
  const chunks: Chunk[] = []
  let chunkStart = 0
  let fence: string | null = null
  // The end of the last blank line after which a cut may come, once the next line allows it.
  let blankEnd: number | null = null
  let lineStart = 0
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    if (fence === null && line.trim() === '') {
      if (lineStart - chunkStart >= size) blankEnd ??= lineEnd
      lineStart = lineEnd + 1
      continue
    }
    if (blankEnd !== null && fence === null && startsOwnBlock(line)) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, blankEnd) })
      chunkStart = blankEnd + 1
    }
    blankEnd = null
    const marker = FENCE.exec(line)?.[1]
    if (marker) {
      if (fence === null) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null
    }
    lineStart = lineEnd + 1
  }
  if (chunkStart < text.length) chunks.push({ start: chunkStart, text: text.slice(chunkStart) })
  return chunks
}

/** After a blank line, whether this line starts a block that nothing before it can continue. */
function startsOwnBlock(line: string): boolean {
  return line[0] !== ' ' && line[0] !== '\t' && !LIST_ITEM.test(line)
}
