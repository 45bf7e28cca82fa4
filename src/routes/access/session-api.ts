import { errorBodyMessage } from '@/api/error-body'

/*
 * Our own server's session endpoints. The secret or key goes once, in a POST body, to the same
 * origin; the answer is only a cookie the page's scripts cannot read.
 */
const sessionUrl = () => new URL('/_app/session', window.location.origin).href

export type SignInResult = { ok: true } | { ok: false; message: string }

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
  return { ok: false, message: await errorText(response) }
}

export async function signOut(): Promise<void> {
  const response = await fetch(sessionUrl(), { method: 'DELETE', credentials: 'same-origin' })
  if (!response.ok) throw new Error(await errorText(response))
}

async function errorText(response: Response): Promise<string> {
  const fallback = `The server answered ${response.status}.`
  return errorBodyMessage(await response.text().catch(() => ''), fallback)
}
