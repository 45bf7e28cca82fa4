import { readCapped } from '@/shared/read-capped'
import { describeBytes } from '../proxy/body-limit'

/*
 * One file from its host, whole, up to `maxBytes` and within `timeoutMs` (both for the whole
 * exchange, redirects and body included). Redirects are followed by hand and only within the
 * same origin, at most MAX_REDIRECTS times: following one to another host could carry the key
 * there, or lead to an address the URL checks never saw. The key goes in Authorization only
 * when `apiKey` is given, which the caller does for the Handinger origin alone.
 */
export type FetchedFile =
  | { ok: true; status: number; contentType: string | null; bytes: Uint8Array<ArrayBuffer> }
  | FileFailure

/** Why no file came back; `code` lets the page say "too large" rather than "failed". */
export type FileFailure = {
  ok: false
  status: 502 | 504
  code: 'too-large' | 'unavailable'
  message: string
  upstreamStatus: number | null
}

export type FetchFileOptions = {
  fetch: typeof fetch
  apiKey: string | null
  timeoutMs: number
  maxBytes: number
  /** Whether a redirect's target may be fetched as the first URL was (file-target.ts). */
  mayFollow: (next: URL) => boolean
}

const MAX_REDIRECTS = 3
const ACCEPT =
  'image/png, image/jpeg, image/gif, image/webp, application/pdf, text/csv, application/json, text/markdown, text/plain;q=0.9, */*;q=0.1'

export async function fetchFile(url: URL, options: FetchFileOptions): Promise<FetchedFile> {
  const signal = AbortSignal.timeout(options.timeoutMs)
  const failed = (
    message: string,
    upstreamStatus: number | null = null,
    status: 502 | 504 = 502,
  ): FileFailure => ({ ok: false, status, code: 'unavailable', message, upstreamStatus })
  const headers: Record<string, string> = { Accept: ACCEPT }
  if (options.apiKey) headers.Authorization = `Bearer ${options.apiKey}`
  let current = url
  try {
    for (let hop = 0; ; hop++) {
      const response = await options.fetch(current.href, {
        headers,
        redirect: 'manual',
        signal,
        credentials: 'omit',
      })
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel()
        const next = redirectTarget(response, current)
        if (!next || next.origin !== url.origin) {
          return failed(
            "The file's host redirected to another host; not followed.",
            response.status,
          )
        }
        // Same origin, same rules: a file URL must not hop on to this server or an API path.
        if (!options.mayFollow(next)) {
          return failed(
            "The file's host redirected to an address that is not fetched.",
            response.status,
          )
        }
        if (hop >= MAX_REDIRECTS)
          return failed("The file's host redirected too many times.", response.status)
        current = next
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        return failed(`The file's host answered ${response.status}.`, response.status)
      }
      const tooLarge: FileFailure = {
        ...failed(`The file is larger than the ${describeBytes(options.maxBytes)} previews allow.`),
        code: 'too-large',
        upstreamStatus: response.status,
      }
      const declared = Number(response.headers.get('Content-Length'))
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        await response.body?.cancel()
        return tooLarge
      }
      const bytes = await readCapped(response.body, options.maxBytes)
      if (!bytes) return tooLarge
      return {
        ok: true,
        status: response.status,
        contentType: response.headers.get('Content-Type'),
        bytes,
      }
    }
  } catch {
    // The reason is not passed on: a network error may name internal hosts or addresses.
    if (signal.aborted) {
      return failed(
        `The file's host did not answer within ${Math.round(options.timeoutMs / 1000)} s.`,
        null,
        504,
      )
    }
    return failed("The file's host could not be reached.")
  }
}

function redirectTarget(response: Response, base: URL): URL | null {
  const location = response.headers.get('Location')
  if (!location) return null
  try {
    return new URL(location, base)
  } catch {
    return null
  }
}
