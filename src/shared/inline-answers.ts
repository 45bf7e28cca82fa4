import { isRecord } from './guards'

/*
 * A run page can arrive with the answers to its first reads written into it (the server read
 * them for the page with the visitor's own credentials, see server/page/first-screen.ts), so the
 * page's queries start with data instead of a request. Written once here for both sides: the
 * element that carries them and the encoding, which must keep every byte of someone else's text
 * from ending the script element early.
 */
export const INLINE_ANSWERS_ID = 'inline-answers'

/** One answer as the page's client would have read it: status 200, its ETag and body text. */
export type InlineAnswer = { url: string; etag: string | null; text: string }

/**
 * JSON for a `<script type="application/json">` element: `<` is escaped so no text can close the
 * element or open a comment, and U+2028/U+2029 for older parsers. JSON.parse reads it back as is.
 */
export function encodeInlineAnswers(answers: readonly InlineAnswer[]): string {
  return JSON.stringify(answers)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029')
}

/** The answers as written by encodeInlineAnswers; anything else reads as none. */
export function decodeInlineAnswers(json: string): InlineAnswer[] {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return []
  }
  if (!Array.isArray(raw)) return []
  return raw.flatMap((item: unknown) => {
    if (!isRecord(item)) return []
    const { url, etag, text } = item
    if (typeof url !== 'string' || !url.startsWith('/') || typeof text !== 'string') return []
    return [{ url, etag: typeof etag === 'string' ? etag : null, text }]
  })
}
