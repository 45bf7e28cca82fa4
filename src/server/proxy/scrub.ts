import { findAll, type Match } from './byte-search'
import { keyFormTexts, keyForms } from './key-forms'

/*
 * Bodies are written by the upstream and shown to the browser. Should one ever quote the
 * request's credentials (a debug message, a misconfigured gateway, a worker that read its own
 * request), they are blanked here: every body for the key in any of its forms (redactKey), and
 * error texts also for anything shaped like a credential (scrubSecrets).
 */
const REDACTED = '[redacted]'
const REDACTED_BYTES = new TextEncoder().encode(REDACTED)
// Anything shaped like a bearer credential or a Handinger key, not only the one we sent.
// Long enough to be a credential, so prose such as "bearer of bad news" stays as it is.
const BEARER_TOKEN = /\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/gi
const HANDINGER_KEY = /\bhdg_[A-Za-z0-9]+_[A-Za-z0-9_-]+/g

export function scrubSecrets(text: string, apiKey: string): string {
  let withoutKey = text
  for (const form of apiKey ? keyFormTexts(apiKey) : [])
    withoutKey = withoutKey.split(form).join(REDACTED)
  return withoutKey.replace(BEARER_TOKEN, `Bearer ${REDACTED}`).replace(HANDINGER_KEY, REDACTED)
}

/** The body with every form of the key (key-forms.ts) replaced, and how many there were. */
export function redactKey(
  body: Uint8Array<ArrayBuffer>,
  apiKey: string,
): { body: Uint8Array<ArrayBuffer>; hits: number } {
  const matches = merge(findAll(body, keyForms(apiKey)))
  if (matches.length === 0) return { body, hits: 0 }
  const parts: Uint8Array[] = []
  let from = 0
  for (const { start, end } of matches) {
    parts.push(body.subarray(from, start), REDACTED_BYTES)
    from = end
  }
  parts.push(body.subarray(from))
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return { body: out, hits: matches.length }
}

/** Matches in order, overlapping ones joined (two forms can share bytes). */
function merge(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start)
  const merged: Match[] = []
  for (const match of sorted) {
    const last = merged.at(-1)
    if (last && match.start <= last.end) last.end = Math.max(last.end, match.end)
    else merged.push({ ...match })
  }
  return merged
}
