import { type Context, type Env, Hono } from 'hono'
import { parseId } from '@/shared/ids'
import { type WatchState, type WatchTarget, watchPath } from '@/shared/watch-protocol'
import { demoRunCookie } from '../demo/scenarios/live'
import { filesInBody } from '../files/files-in-body'
import type { ServedFileEntry, ServedFiles } from '../files/served-files'
import { jsonError } from '../proxy/json-error'
import { eventStream } from './event-stream'
import type { WatchFeed } from './watch-feed'
import { isOk } from './watch-poll'

export type WatchRouteOptions<E extends Env> = {
  feed: WatchFeed
  /** The viewer's credential: the hash that files its watches, and the key they read with. */
  credentialOf: (c: Context<E>) => Promise<{ id: string; apiKey: string | null } | null>
  /** Demo mode: the simulated API's answers depend on the visitor (see `watch` below). */
  demo: boolean
  /** Files listed in a streamed state may be previewed, as if the page had fetched it. */
  served: ServedFiles
  heartbeatMs?: number
}

const INVALID_ID = 'Invalid worker or task ID.'

/**
 * GET /_app/watch/workers/:workerId[?taskId=] and /_app/watch/tasks/:taskId: the live watch of
 * the view the page would poll, as Server-Sent Events (app.ts checks sign-in first). IDs are
 * checked here, where they enter.
 */
export function watchRoutes<E extends Env>(options: WatchRouteOptions<E>): Hono<E> {
  const app = new Hono<E>()
  const record = servedFilesRecorder(options.served)

  async function watch(c: Context<E>, target: WatchTarget): Promise<Response> {
    const credential = await options.credentialOf(c)
    if (!credential) return jsonError(401, 'Sign in to use the inspector.')
    const origin = new URL(c.req.url).origin
    const demoCookie = options.demo ? demoRunCookie(c.req.header('Cookie')) : null
    // The demo writes file links with the visitor's origin and plays each browser its own live
    // run, so there a watch is per origin and run too. Handinger's answers depend on the key only.
    const visitor = options.demo ? ` ${origin} ${demoCookie ?? '-'}` : ''
    const lastEventId = c.req.header('Last-Event-ID')?.slice(0, 100) ?? null
    return eventStream({
      feed: options.feed,
      join: {
        room: `${credential.id}${visitor} ${watchPath(target)}`,
        target,
        credential: { apiKey: credential.apiKey, origin, demoCookie },
        lastEventId,
      },
      signal: c.req.raw.signal,
      onState: (state) => record(credential.id, state),
      heartbeatMs: options.heartbeatMs,
    })
  }

  app.get('/workers/:workerId', (c) => {
    const workerId = parseId('worker', c.req.param('workerId'))
    const rawTaskId = c.req.query('taskId')
    const taskId = rawTaskId === undefined ? null : parseId('task', rawTaskId)
    if (!workerId || (rawTaskId !== undefined && !taskId)) return jsonError(400, INVALID_ID)
    return watch(c, { kind: 'worker', workerId, taskId })
  })
  app.get('/tasks/:taskId', (c) => {
    const taskId = parseId('task', c.req.param('taskId'))
    if (!taskId) return jsonError(400, INVALID_ID)
    return watch(c, { kind: 'task', taskId })
  })
  app.all('*', () => jsonError(404, 'There is no such watch.'))
  return app
}

// Bodies whose files were read lately, by ETag: each state is parsed once, however many viewers.
const PARSED_KEPT = 64

function servedFilesRecorder(served: ServedFiles) {
  const byEtag = new Map<string, ServedFileEntry[]>()
  return (credentialId: string, state: WatchState) => {
    for (const answer of state.answers) {
      if (!isOk(answer)) continue
      const etag = new Headers(answer.headers).get('etag')
      let files = etag ? byEtag.get(etag) : undefined
      if (!files) {
        files = filesInBody(parseJson(answer.text))
        if (etag) {
          byEtag.set(etag, files)
          for (const oldest of byEtag.keys()) {
            if (byEtag.size <= PARSED_KEPT) break
            byEtag.delete(oldest)
          }
        }
      }
      if (files.length > 0) served.record(credentialId, files)
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
