/*
 * Which texts may be parsed on the main thread at once. A parse of this many characters stays well
 * under one 50 ms frame budget even on a slow machine, and most messages are far smaller. Texts
 * with many blockquote lines or deep nesting can make the parser quadratic, so they always go the
 * budgeted way (worker with a deadline, or plain text).
 */
export const SYNC_CHARS = 4_000

const QUOTE_LINE = /^ {0,3}>/gm
const NESTING = /[[\]*_>]/g

export function looksPathological(text: string): boolean {
  const quotes = text.match(QUOTE_LINE)?.length ?? 0
  if (quotes > 200) return true
  // Brackets and emphasis runs are what the inline parser backtracks over.
  const marks = text.match(NESTING)?.length ?? 0
  return marks > text.length / 3 && marks > 500
}

export function canParseAtOnce(text: string): boolean {
  return text.length <= SYNC_CHARS && !looksPathological(text)
}
