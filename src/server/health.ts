import { Hono } from 'hono'

/*
 * Liveness (/healthz: the process answers) and readiness (/readyz: Handinger can be reached).
 * Readiness asks the upstream's origin with HEAD and no key: any HTTP answer proves the network
 * path and spends no credits. Answers are kept a few seconds so frequent probes cost one request.
 */
export type ReadinessOptions = {
  /** Null in demo mode, which is always ready. */
  baseUrl: string | null
  timeoutMs?: number
  cacheMs?: number
  fetch?: typeof fetch
  now?: () => number
}

type Readiness = { ready: boolean; upstream: 'demo' | 'reachable' | 'unreachable' }

export function healthRoutes(options: ReadinessOptions): Hono {
  const app = new Hono()
  const probe = readinessProbe(options)
  app.get('/healthz', (c) => c.json({ ok: true }, 200, { 'Cache-Control': 'no-store' }))
  app.get('/readyz', async (c) => {
    const readiness = await probe()
    return c.json(readiness, readiness.ready ? 200 : 503, { 'Cache-Control': 'no-store' })
  })
  return app
}

function readinessProbe(options: ReadinessOptions): () => Promise<Readiness> {
  const { baseUrl, timeoutMs = 3000, cacheMs = 5000, now = Date.now } = options
  if (baseUrl === null) return async () => ({ ready: true, upstream: 'demo' })
  const origin = new URL(baseUrl).origin
  let last: { at: number; answer: Promise<Readiness> } | null = null
  return () => {
    if (last && now() - last.at < cacheMs) return last.answer
    const answer = (options.fetch ?? fetch)(origin, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    }).then(
      async (response): Promise<Readiness> => {
        await response.body?.cancel()
        return { ready: true, upstream: 'reachable' }
      },
      (): Readiness => ({ ready: false, upstream: 'unreachable' }),
    )
    last = { at: now(), answer }
    return answer
  }
}
