import type { Context, Env, MiddlewareHandler } from 'hono'
import { forwardedRoute } from '../proxy/routes'
import { filesInBody } from './files-in-body'
import type { ServedFileEntry, ServedFiles } from './served-files'

/*
 * Notes the files of every worker, task and turns body served under /api, for the credential it
 * was served to. It sits outside the revalidation step, so it sees each answer's ETag: a body is
 * parsed once per ETag (a hash of its bytes), and a 304 for a known ETag renews its files too,
 * since the browser is still showing exactly that body.
 */
const PARSED_KEPT = 64

export function recordServedFiles<E extends Env>(
  served: ServedFiles,
  credentialOf: (c: Context<E>) => Promise<string | null>,
): MiddlewareHandler<E> {
  const byEtag = new Map<string, ServedFileEntry[]>()
  const remember = (etag: string, files: ServedFileEntry[]) => {
    byEtag.delete(etag)
    byEtag.set(etag, files)
    for (const oldest of byEtag.keys()) {
      if (byEtag.size <= PARSED_KEPT) break
      byEtag.delete(oldest)
    }
  }

  return async (c, next) => {
    await next()
    if (c.req.method !== 'GET' || !forwardedRoute(new URL(c.req.url)).ok) return
    const { status } = c.res
    if (status !== 200 && status !== 304) return
    const etag = c.res.headers.get('ETag')?.replace(/^W\//, '') ?? null
    let files = etag ? byEtag.get(etag) : undefined
    if (!files && status === 200 && /json/i.test(c.res.headers.get('Content-Type') ?? '')) {
      files = filesInBody(parseJson(await c.res.clone().text()))
      if (etag) remember(etag, files)
    }
    if (!files || files.length === 0) return
    const credential = await credentialOf(c)
    if (credential) served.record(credential, files)
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
