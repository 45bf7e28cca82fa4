/*
 * Every place where any of a few byte strings occurs in a body, in one pass over its bytes
 * (Wu-Manber with two-byte blocks): the window jumps ahead by up to the shortest needle's length
 * wherever its last two bytes cannot end one, so a 16 MB body costs a few milliseconds and is
 * never decoded to text. Runs the same on Node and workerd (no Buffer).
 */
export type Match = { start: number; end: number }

export function findAll(text: Uint8Array, needles: readonly Uint8Array[]): Match[] {
  const patterns = needles.filter((needle) => needle.byteLength >= 2)
  if (patterns.length === 0) return []
  const m = Math.min(...patterns.map((needle) => needle.byteLength))
  // How far the window may move when its last two bytes are this block (0: a needle may end here).
  const shift = new Uint16Array(65536).fill(m - 1)
  for (const needle of patterns) {
    for (let q = 1; q < m; q++) {
      const block = ((needle[q - 1] ?? 0) << 8) | (needle[q] ?? 0)
      shift[block] = Math.min(shift[block] ?? 0, m - 1 - q)
    }
  }
  const found: Match[] = []
  const n = text.byteLength
  let end = m - 1
  while (end < n) {
    const skip = shift[((text[end - 1] ?? 0) << 8) | (text[end] ?? 0)] ?? 0
    if (skip > 0) {
      end += skip
      continue
    }
    const start = end - m + 1
    for (const needle of patterns) {
      if (startsAt(text, needle, start)) found.push({ start, end: start + needle.byteLength })
    }
    end += 1
  }
  return found
}

function startsAt(text: Uint8Array, needle: Uint8Array, start: number): boolean {
  if (start + needle.byteLength > text.byteLength) return false
  for (let i = 0; i < needle.byteLength; i++) if (text[start + i] !== needle[i]) return false
  return true
}
