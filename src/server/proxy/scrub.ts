/*
 * Error bodies are written by the upstream and shown to the browser. Should one ever quote the
 * request's credentials (a debug message, a misconfigured gateway), they are blanked here.
 */
const REDACTED = '[redacted]'
// Anything shaped like a bearer credential or a Handinger key, not only the one we sent.
// Long enough to be a credential, so prose such as "bearer of bad news" stays as it is.
const BEARER_TOKEN = /\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/gi
const HANDINGER_KEY = /\bhdg_[A-Za-z0-9]+_[A-Za-z0-9_-]+/g

export function scrubSecrets(text: string, apiKey: string): string {
  const withoutKey = apiKey ? text.split(apiKey).join(REDACTED) : text
  return withoutKey.replace(BEARER_TOKEN, `Bearer ${REDACTED}`).replace(HANDINGER_KEY, REDACTED)
}
