import { isRecord } from './guards'

/*
 * A run page can arrive with the answers to its first reads written into it (the server read
 * them for the page with the visitor's own credentials, see server/page/first-screen.ts), so the
 * page's queries start with data instead of a request. Written once here for both sides: the
 * element that carries them and the encoding, which must keep every byte of someone else's text
 * from ending the script element early.
 */
export const INLINE_ANSWERS_ID = 'inline-answers'

/**
 * One answer as the page's client would have read it: its status, the headers the client reads
 * (ETag, Retry-After), and its body text. Errors too: a 429 the server was given is one the page
 * must wait out, not ask again at once.
 */
export type InlineAnswer = {
  url: string
  status: number
  headers: Record<string, string>
  text: string
}

/** The headers of an answer that the page's client reads. */
export const INLINE_HEADERS = ['etag', 'retry-after', 'retry-after-ms'] as const

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
    const { url, status, headers, text } = item
    if (typeof url !== 'string' || !url.startsWith('/') || typeof text !== 'string') return []
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
      return []
    }
    const kept: Record<string, string> = {}
    for (const name of INLINE_HEADERS) {
      const value = isRecord(headers) ? headers[name] : undefined
      if (typeof value === 'string') kept[name] = value
    }
    return [{ url, status, headers: kept, text }]
  })
}
