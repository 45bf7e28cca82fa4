import { Hono } from 'hono'
import { WATCH_ANSWER_HEADERS } from '@/shared/watch-protocol'
import type { ApiSource } from '../api-source'
import { apiAnswers } from '../proxy/api-answer'
import { revalidation } from '../proxy/revalidation'
import type { ReadApi } from './watch-poll'

/** Whose reads a watch makes, and (demo mode only) where and which run the visitor sees. */
export type WatchCredential = {
  apiKey: string | null
  /** The origin the visitor uses: the demo writes its file links with it. */
  origin: string
  /** The demo's own run cookie (demo/scenarios/live.ts); null in live mode. */
  demoCookie: string | null
}

/*
 * The live watch reads /api as a browser request would be answered, minus sign-in (checked when
 * the viewer connected): the same source (proxy or demo), then the same label check and ETag as
 * app.ts puts around /api. The key is handed over beside the request, never in a header a client
 * could also send.
 */
export function createWatchedReads(source: ApiSource): (credential: WatchCredential) => ReadApi {
  const keys = new WeakMap<Request, string | null>()
  const reads = new Hono()
  reads.use('*', apiAnswers())
  reads.use('*', revalidation())
  reads.get(
    '*',
    async (c) => (await source.answer(c.req.raw, keys.get(c.req.raw) ?? null)).response,
  )

  return (credential) => async (path) => {
    const headers = new Headers({ Accept: 'application/json' })
    if (credential.demoCookie) headers.set('Cookie', credential.demoCookie)
    const request = new Request(new URL(path, credential.origin), { headers })
    keys.set(request, credential.apiKey)
    const response = await reads.fetch(request)
    const kept: [string, string][] = []
    for (const name of WATCH_ANSWER_HEADERS) {
      const value = response.headers.get(name)
      if (value !== null) kept.push([name, value])
    }
    return { path, status: response.status, headers: kept, text: await response.text() }
  }
}
