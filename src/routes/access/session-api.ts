import { errorBodyMessage } from '@/api/error-body'
import { parseRetryAfter } from '@/shared/retry-after'

/*
 * Our own server's session endpoints. The secret or key goes once, in a POST body, to the same
 * origin; the answer is only a cookie the page's scripts cannot read.
 */
const sessionUrl = () => new URL('/_app/session', window.location.origin).href

export type SignInResult =
  | { ok: true }
  /** `retryAt`: when the server takes another try (after too many failed ones), epoch ms. */
  | { ok: false; message: string; retryAt?: number }

export async function signIn(body: { secret: string } | { apiKey: string }): Promise<SignInResult> {
  let response: Response
  try {
    response = await fetch(sessionUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
  } catch {
    return { ok: false, message: 'Could not reach the server. Check your connection.' }
  }
  if (response.ok) return { ok: true }
  const waitMs = response.status === 429 ? parseRetryAfter(response.headers) : null
  if (waitMs !== null) {
    return { ok: false, message: tooManyTries(waitMs), retryAt: Date.now() + waitMs }
  }
  return { ok: false, message: await errorText(response) }
}

/** The page's own sentence, from Retry-After: the server's wording is not needed to say when. */
export function tooManyTries(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  const when =
    seconds < 90
      ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
      : `${Math.ceil(seconds / 60)} minutes`
  return `Too many failed sign-ins. Try again in ${when}.`
}

export async function signOut(): Promise<void> {
  const response = await fetch(sessionUrl(), { method: 'DELETE', credentials: 'same-origin' })
  if (!response.ok) throw new Error(await errorText(response))
}

async function errorText(response: Response): Promise<string> {
  const fallback = `The server answered ${response.status}.`
  return errorBodyMessage(await response.text().catch(() => ''), fallback)
}
