import { readCapped } from '@/shared/read-capped'
import { PREVIEW_LIMIT_BYTES } from './file-kind'

export type FetchedFile =
  | { state: 'ok'; bytes: Uint8Array }
  | { state: 'too-large' }
  | { state: 'failed'; reason: string }

/** True when the page may fetch the URL under its CSP (connect-src 'self'). */
export function isSameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === window.location.origin
  } catch {
    return false
  }
}

/*
 * The file's bytes, at most PREVIEW_LIMIT_BYTES: the declared length is checked first, and the
 * body is read in chunks and abandoned once it passes the limit (a server may not say its size).
 */
export async function fetchFileBytes(url: string, signal: AbortSignal): Promise<FetchedFile> {
  let response: Response
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' })
  } catch {
    if (signal.aborted) return { state: 'failed', reason: 'Cancelled.' }
    return { state: 'failed', reason: 'The file could not be loaded.' }
  }
  if (!response.ok) return { state: 'failed', reason: `The server answered ${response.status}.` }
  const declared = Number(response.headers.get('Content-Length'))
  if (Number.isFinite(declared) && declared > PREVIEW_LIMIT_BYTES) {
    await response.body?.cancel()
    return { state: 'too-large' }
  }
  const bytes = await readCapped(response.body, PREVIEW_LIMIT_BYTES)
  return bytes ? { state: 'ok', bytes } : { state: 'too-large' }
}
