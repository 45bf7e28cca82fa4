/*
 * Every string in a worker may have been written by a web page. Bidi overrides and isolates can
 * make "invoice\u202Efdp.exe" read as "invoiceexe.pdf", and zero-width characters hide text or
 * make a name look empty. Such characters are never allowed to act: they are shown as a visible
 * token such as ⟨U+202E⟩ instead.
 */

// Format (Cf) and control (Cc) characters, plus the Unicode "tag" block and the invisible
// fillers that are not Cf. Tab, newline and carriage return are layout, not tricks.
const HIDDEN = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/gu
const LAYOUT = new Set(['\t', '\n', '\r'])
// A zero-width joiner between two pictographs is part of an emoji sequence (👩‍💻), not a trick.
const PICTOGRAPH = /\p{Extended_Pictographic}/u

export type TextPiece = { text: string } | { hidden: string; label: string }

export function codePointLabel(char: string): string {
  const code = char.codePointAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

function isHidden(text: string, char: string, index: number): boolean {
  if (LAYOUT.has(char)) return false
  if (char === '\u200D') {
    const before = text.slice(0, index)
    const after = text.slice(index + 1)
    const prev = [...before].at(-1) ?? ''
    const next = [...after][0] ?? ''
    // Emoji sequences may carry a variation selector before the joiner.
    const prevBase = prev === '\uFE0F' ? ([...before].at(-2) ?? '') : prev
    if (PICTOGRAPH.test(prevBase) && PICTOGRAPH.test(next)) return false
  }
  return true
}

/** The text split into plain runs and hidden characters, for rendering tokens distinctly. */
export function splitHidden(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  for (const match of text.matchAll(HIDDEN)) {
    const char = match[0]
    const index = match.index
    if (!isHidden(text, char, index)) continue
    if (index > last) pieces.push({ text: text.slice(last, index) })
    pieces.push({ hidden: char, label: codePointLabel(char) })
    last = index + char.length
  }
  if (last < text.length) pieces.push({ text: text.slice(last) })
  return pieces
}

export function hasHidden(text: string): boolean {
  return splitHidden(text).some((piece) => 'hidden' in piece)
}

/** The text with every hidden character replaced by a visible ⟨U+XXXX⟩ token. */
export function revealHidden(text: string): string {
  return splitHidden(text)
    .map((piece) => ('hidden' in piece ? `⟨${piece.label}⟩` : piece.text))
    .join('')
}

/** A name as it should be shown: hidden characters revealed, a placeholder when it is empty. */
export function displayName(value: unknown, placeholder: string): string {
  if (typeof value !== 'string') return placeholder
  const shown = revealHidden(value).trim()
  return shown === '' ? placeholder : shown
}

/** Cuts a long name to `max` characters (by code point) with an ellipsis. */
export function ellipsize(text: string, max: number): string {
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}
