/*
 * Long answers are parsed in chunks so that blocks arrive while the rest is still being parsed,
 * and so that inputs that make the parser slow (thousands of separate blockquotes) stay bounded
 * by the chunk size. A chunk ends only at a blank line outside fenced code, where no block of
 * CommonMark can continue across.
 */
export const CHUNK_CHARS = 8_000

export type Chunk = { start: number; text: string }

const FENCE = /^ {0,3}(`{3,}|~{3,})/
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
  let lineStart = 0
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    const marker = FENCE.exec(line)?.[1]
    if (marker) {
      if (fence === null) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null
    } else if (fence === null && line.trim() === '' && lineStart - chunkStart >= size) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, lineEnd) })
      chunkStart = lineEnd + 1
    }
    lineStart = lineEnd + 1
  }
  if (chunkStart < text.length) chunks.push({ start: chunkStart, text: text.slice(chunkStart) })
  return chunks
}
