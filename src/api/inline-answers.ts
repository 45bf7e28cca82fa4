import { INLINE_ANSWERS_ID, type InlineAnswer, decodeInlineAnswers } from '@/shared/inline-answers'

/*
 * The answers the server wrote into the page (shared/inline-answers.ts), each taken once by the
 * first request for its URL, and only while the page is new: later reads ask the server again.
 */
const FRESH_FOR_MS = 30_000

let answers: Map<string, InlineAnswer> | null = null

function pageAnswers(): Map<string, InlineAnswer> {
  if (answers) return answers
  const element =
    typeof document === 'undefined' ? null : document.getElementById(INLINE_ANSWERS_ID)
  answers = new Map(decodeInlineAnswers(element?.textContent ?? '').map((a) => [a.url, a]))
  // Read once: the text can be megabytes, and nothing else needs it.
  element?.remove()
  return answers
}

/** The page's own answer for `url` (absolute or `/…`), once; null when it has none. */
export function takeInlineAnswer(url: string): InlineAnswer | null {
  const all = pageAnswers()
  if (all.size === 0) return null
  const { pathname, search } = new URL(url, 'http://page.invalid')
  const key = `${pathname}${search}`
  const answer = all.get(key) ?? null
  all.delete(key)
  return answer && performance.now() < FRESH_FOR_MS ? answer : null
}
