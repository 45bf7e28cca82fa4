/*
 * Which texts are short: shown whole, their blocks straight in the prose with no pages to mount
 * (a message, a turn's answer), and remembered once parsed. Longer ones, and texts that may make
 * the parser slow, are shown as documents: in pages mounted near the viewport, plain text past
 * what has been parsed. Texts with many blockquote lines or deep nesting can make the parser
 * quadratic; the worker's deadline bounds them, and they are shown as documents so that a
 * deadline's plain text gets the document's paging.
 */
export const SHORT_CHARS = 4_000

const QUOTE_LINE = /^ {0,3}>/gm
const NESTING = /[[\]*_>]/g

export function looksPathological(text: string): boolean {
  const quotes = text.match(QUOTE_LINE)?.length ?? 0
  if (quotes > 200) return true
  // Brackets and emphasis runs are what the inline parser backtracks over.
  const marks = text.match(NESTING)?.length ?? 0
  return marks > text.length / 3 && marks > 500
}

export function isShortText(text: string): boolean {
  return text.length <= SHORT_CHARS && !looksPathological(text)
}
