import { isRecord } from '@/shared/guards'

/*
 * The worker's webhook as our server passes it on: the URL already masked to its origin, and
 * whether a token is set (the token itself never reaches the page). Lenient: a missing or odd
 * URL leaves "is there a webhook" unknown rather than taken for "none".
 */
export type WebhookSettings = {
  /** true: a webhook is set; false: none; null: the body does not say in a readable way. */
  configured: boolean | null
  /** The masked URL, when configured. */
  url: string | null
  /** null when the body does not say. */
  hasToken: boolean | null
}

/** Returns null when the body is not an object. */
export function parseWebhook(raw: unknown): WebhookSettings | null {
  if (!isRecord(raw)) return null
  const url = typeof raw.url === 'string' && raw.url !== '' ? raw.url : null
  return {
    configured: url !== null ? true : raw.url === null ? false : null,
    url,
    hasToken: hasToken(raw),
  }
}

function hasToken(raw: Record<string, unknown>): boolean | null {
  if (typeof raw.hasToken === 'boolean') return raw.hasToken
  // A server that still passes the raw token: only whether there is one is kept.
  if (typeof raw.token === 'string') return raw.token !== ''
  if (raw.token === null) return false
  return null
}
