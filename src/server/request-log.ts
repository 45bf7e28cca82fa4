import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'

/*
 * One structured line per request, written when the last byte has gone out (or the client left).
 * The runtime chooses the logger: pino on Node; anything with these methods elsewhere.
 * Fields never include the query string, cookies or headers, so no key or session can leak here.
 */
export type AppLogger = {
  debug: (fields: Record<string, unknown>, message: string) => void
  info: (fields: Record<string, unknown>, message: string) => void
  warn: (fields: Record<string, unknown>, message: string) => void
}

/** Set by the /api handler when it called Handinger: its status (null: no answer) and time. */
export type UpstreamTiming = {
  status: number | null
  ms: number
  /** Whether this request fetched, joined a read in flight, or reused a recent answer. */
  source?: string
}

export type LogVariables = {
  upstream: UpstreamTiming | undefined
  /** Who the SSO proxy said was asking, when its identity header let the request in. */
  identity?: string
}

type Outcome = 'complete' | 'aborted' | 'failed'

// Probes hit these every few seconds; their lines are debug-level so they do not drown the rest.
const QUIET_PATHS = new Set(['/healthz', '/readyz'])

export function requestLog(logger: AppLogger): MiddlewareHandler<{ Variables: LogVariables }> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const { pathname } = new URL(c.req.url)
    const signal = c.req.raw.signal
    const finish = (bytes: number, outcome: Outcome, error?: unknown) => {
      const upstream = c.get('upstream')
      const fields: Record<string, unknown> = {
        method: c.req.method,
        path: pathname,
        route: routePath(c),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        bytes,
      }
      const identity = c.get('identity')
      if (identity) fields.identity = identity
      if (upstream)
        Object.assign(fields, {
          upstreamStatus: upstream.status,
          upstreamMs: upstream.ms,
          upstreamSource: upstream.source,
        })
      if (outcome === 'failed' && signal.aborted) outcome = 'aborted'
      if (outcome === 'aborted') {
        logger.info({ ...fields, outcome }, 'client disconnected')
      } else if (outcome === 'failed') {
        const reason = error instanceof Error ? error.message : String(error)
        logger.warn({ ...fields, outcome, error: reason.slice(0, 200) }, 'response failed')
      } else if (QUIET_PATHS.has(pathname) && c.res.ok) {
        logger.debug(fields, 'request')
      } else if (c.res.status >= 500) {
        logger.warn(fields, 'request')
      } else {
        logger.info(fields, 'request')
      }
    }
    const body = c.res.body
    if (!body) return finish(0, 'complete')
    c.res = new Response(countBytes(body, finish), c.res)
  }
}

/** Passes the body through unchanged, counting bytes, and reports once how it ended. */
function countBytes(
  body: ReadableStream<Uint8Array>,
  report: (bytes: number, outcome: Outcome, error?: unknown) => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  let bytes = 0
  let reported = false
  const end = (outcome: Outcome, error?: unknown) => {
    if (reported) return
    reported = true
    report(bytes, outcome, error)
  }
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read()
        if (chunk.done) {
          controller.close()
          end('complete')
          return
        }
        bytes += chunk.value.byteLength
        controller.enqueue(chunk.value)
      } catch (error) {
        end('failed', error)
        controller.error(error)
      }
    },
    cancel(reason) {
      end('aborted')
      return reader.cancel(reason)
    },
  })
}
