import { PREVIEW_LIMIT_BYTES, previewKindOf } from '@/shared/preview-media'
import { fetchFile } from './fetch-file'
import { fileTarget } from './file-target'
import { fileError, fileResponse } from './file-response'
import { normalUrl } from './files-in-body'
import { decideType } from './preview-type'
import type { ServedFiles } from './served-files'
import { POOL_FULL_MESSAGE, POOL_RETRY_SECONDS, type UpstreamPool } from '../proxy/upstream-pool'

/*
 * GET /_app/files?url=<file URL>: one file of a worker this credential has been shown, fetched
 * by the server for the page (whose own policy lets it load nothing from other hosts). Each
 * rule lives in its own module: where it may go (file-target), whether this credential was
 * shown it (served-files), how it is fetched (fetch-file), what it may be (preview-type) and
 * how it is answered (file-response).
 */
export type FileRouteOptions = {
  served: ServedFiles
  /** The Handinger origin, which alone gets the key; null in demo mode. */
  handingerOrigin: string | null
  /** For the Handinger origin (the proxy's own fetch). */
  fetchHandinger: typeof fetch
  /** For every other host: on Node one that refuses names resolving to private addresses. */
  fetchElsewhere: typeof fetch
  publicUrl?: string | null
  allowedHosts?: readonly string[]
  timeoutMs?: number
  maxBytes?: number
  /** Upstream requests in flight, shared with the proxy (upstream-pool.ts); none when null. */
  pool?: UpstreamPool | null
}

/** Whose request this is: the hash the served files are filed under, and the key if any. */
export type Credential = { id: string; apiKey: string | null }

export type FileAnswer = {
  response: Response
  upstream: { status: number | null; ms: number } | null
}

export function createFileRoute(options: FileRouteOptions) {
  const { served, handingerOrigin, timeoutMs = 15_000, maxBytes = PREVIEW_LIMIT_BYTES } = options
  const publicUrl = options.publicUrl ? new URL(options.publicUrl) : null

  return async function answer(request: Request, credential: Credential): Promise<FileAnswer> {
    const own = new URL(request.url)
    const raw = own.searchParams.get('url')
    const refuse = (status: number, code: string, message: string): FileAnswer => ({
      response: fileError(status, code, message),
      upstream: null,
    })
    if (!raw) return refuse(400, 'refused', 'Name the file with ?url=.')
    const rules = {
      handingerOrigin,
      ownOrigins: [own.origin, ...(publicUrl ? [publicUrl.origin] : [])],
      ownHostnames: [
        own.hostname,
        ...(publicUrl ? [publicUrl.hostname] : []),
        ...(options.allowedHosts ?? []),
      ],
    }
    const target = fileTarget(raw, rules)
    if (!target.ok) return refuse(400, 'refused', target.message)
    const file = served.lookup(credential.id, normalUrl(target.url.href) ?? '')
    if (!file) {
      return refuse(403, 'not-listed', 'This file is not listed by a worker opened here recently.')
    }
    const kind = previewKindOf(file.mediaType)
    if (!kind) return refuse(415, 'type', 'Files of this type are not previewed.')

    const release = options.pool ? options.pool.tryAcquire(credential.id) : () => {}
    if (!release) {
      return {
        response: fileError(503, 'busy', POOL_FULL_MESSAGE, {
          'Retry-After': String(POOL_RETRY_SECONDS),
        }),
        upstream: null,
      }
    }
    const started = Date.now()
    const fetched = await fetchFile(target.url, {
      fetch: target.toHandinger ? options.fetchHandinger : options.fetchElsewhere,
      apiKey: target.toHandinger ? credential.apiKey : null,
      timeoutMs,
      maxBytes,
      mayFollow: (next) => fileTarget(next.href, rules).ok,
    }).finally(release)
    const ms = Date.now() - started
    if (!fetched.ok) {
      return {
        response: fileError(fetched.status, fetched.code, fetched.message),
        upstream: { status: fetched.upstreamStatus, ms },
      }
    }
    const upstream = { status: fetched.status, ms }
    const decision = decideType(kind, fetched.contentType, fetched.bytes)
    if (!decision.ok) return { response: fileError(415, 'type', decision.message), upstream }
    const filename = file.filename?.trim() || lastSegment(target.url) || 'file'
    return {
      response: fileResponse(fetched.bytes, { ...decision, filename }),
      upstream,
    }
  }
}

function lastSegment(url: URL): string | null {
  const last = url.pathname.split('/').filter(Boolean).at(-1)
  if (!last) return null
  try {
    return decodeURIComponent(last)
  } catch {
    return last
  }
}
