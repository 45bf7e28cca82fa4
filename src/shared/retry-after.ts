/**
 * How long a response asks its reader to wait, in milliseconds, or null when it does not say.
 * One rule for the page (the retry countdown) and the server (how long a 429 is shared):
 * Retry-After is delta-seconds or an HTTP date; Retry-After-Ms is milliseconds. The value is
 * returned as sent (it can be huge): each reader clamps it to what it is willing to wait.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | null {
  const ms = Number(headers.get('retry-after-ms'))
  if (headers.has('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms
  const value = headers.get('retry-after')?.trim()
  if (!value) return null
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
  // A negative delay means "now"; Date.parse would read "-5" as the year -5.
  if (/^-\d+(\.\d+)?$/.test(value)) return 0
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}
