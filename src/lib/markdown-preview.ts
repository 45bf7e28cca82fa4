/*
 * Rendering a very long answer costs seconds, so the Output panel first renders a prefix.
 * The cut falls on the first blank line past the limit, outside fenced code, so no block is split in half.
 */
export const PREVIEW_CHARS = 40_000

export type Preview = { text: string; truncated: boolean }

export function markdownPreview(text: string, limit = PREVIEW_CHARS): Preview {
  if (text.length <= limit) return { text, truncated: false }
  let inFence = false
  let offset = 0
  for (const line of text.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence
    else if (!inFence && line.trim() === '' && offset >= limit) {
      return offset < text.length - 1
        ? { text: text.slice(0, offset - 1), truncated: true }
        : { text, truncated: false }
    }
    offset += line.length + 1
  }
  return { text, truncated: false }
}
