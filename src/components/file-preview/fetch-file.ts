import { isRecord } from '@/shared/guards'
import { DEMO_FILE_ROUTE, FILE_ROUTE, PREVIEW_LIMIT_BYTES } from '@/shared/preview-media'
import { errorBodyMessage } from '@/api/error-body'
import { readCapped } from '@/shared/read-capped'

/** Why a preview has no bytes: too large to preview, or anything else (with what to say). */
export class PreviewLoadError extends Error {
  override name = 'PreviewLoadError'
  constructor(
    readonly reason: 'too-large' | 'failed',
    message: string,
  ) {
    super(message)
  }
}

/*
 * Where the page reads a file. The page may only fetch its own origin (CSP connect-src 'self'),
 * so the demo's own files are read directly, and every other file through the server's file
 * route, which checks and fetches it (and refuses this server's own addresses). Nothing else on
 * this origin is ever read as a file.
 */
export function previewSource(href: string): string {
  if (isDemoFile(href)) return href
  return `${FILE_ROUTE}?${new URLSearchParams({ url: href })}`
}

function isDemoFile(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.origin === window.location.origin &&
      parsed.pathname.startsWith(`${DEMO_FILE_ROUTE}/`) &&
      parsed.search === ''
    )
  } catch {
    return false
  }
}

/*
 * The file's bytes, at most PREVIEW_LIMIT_BYTES: the declared length is checked first, and the
 * body is read in chunks and abandoned once it passes the limit (a server may not say its size).
 */
export async function fetchFileBytes(source: string, signal: AbortSignal): Promise<Uint8Array> {
  let response: Response
  try {
    response = await fetch(source, { signal, credentials: 'same-origin' })
  } catch {
    throw new PreviewLoadError('failed', 'The file could not be loaded.')
  }
  if (!response.ok) throw await refusal(response)
  const tooLarge = new PreviewLoadError('too-large', 'Too large to preview.')
  const declared = Number(response.headers.get('Content-Length'))
  if (Number.isFinite(declared) && declared > PREVIEW_LIMIT_BYTES) {
    await response.body?.cancel()
    throw tooLarge
  }
  const bytes = await readCapped(response.body, PREVIEW_LIMIT_BYTES)
  if (!bytes) throw tooLarge
  return bytes
}

/* The file route says why in `{ error, code }`; any other answer by its status alone. */
async function refusal(response: Response): Promise<PreviewLoadError> {
  const fallback = `The server answered ${response.status}.`
  const bytes = await readCapped(response.body, 4096).catch(() => null)
  const text = bytes ? new TextDecoder().decode(bytes) : ''
  const message = errorBodyMessage(text, fallback)
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    // Not the route's JSON: the status says enough.
  }
  return new PreviewLoadError(
    isRecord(body) && body.code === 'too-large' ? 'too-large' : 'failed',
    message,
  )
}
