import { ellipsize, revealHidden } from '@/lib/visible-text'
import { isRecord } from '@/shared/guards'

/**
 * The one reader of error bodies, Handinger's and our own server's alike: `{"error": "..."}` or
 * `{"error": {"message": "..."}}` gives its message (cut to 300 characters, as it may be long or
 * hostile, with bidi and other hidden characters shown as tokens); anything else, `fallback`.
 */
export function errorBodyMessage(body: string, fallback: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return fallback
  }
  if (!isRecord(parsed)) return fallback
  const { error } = parsed
  const message = isRecord(error) ? error.message : error
  return typeof message === 'string' && message.trim()
    ? ellipsize(revealHidden(message), 300)
    : fallback
}
