import { Hono } from 'hono'
import { type AccessControl, createAccessControl } from './access/access-control'
import type { AccessSettings } from './access/access-settings'
import { sessionRoutes } from './access/session-routes'
import { demoCatalog } from './demo/catalog'
import { type DemoOptions, createDemoApi } from './demo/demo-api'
import { type ReadinessOptions, healthRoutes } from './health'
import { hostCheck } from './host-check'
import { compression } from './proxy/compression'
import { createUpstreamProxy } from './proxy/proxy'
import { revalidation } from './proxy/revalidation'
import type { UpstreamConfig } from './proxy/upstream'
import { type AppLogger, type LogVariables, requestLog } from './request-log'

/** Where /api goes. Without `apiKey` (bring-your-own-key mode) each person's own key is used. */
export type UpstreamTarget = UpstreamConfig

export type AppOptions = {
  /** Null means demo mode: /api is answered by the simulated Handinger API. */
  upstream: UpstreamTarget | null
  /** Who may use the app; open to everyone ("none") when left out. */
  access?: AccessSettings
  /** Host names this server answers besides localhost, 127.0.0.1 and [::1]. */
  allowedHosts?: readonly string[]
  publicUrl?: string | null
  /** One line per request; none when left out (tests, or a runtime that logs by itself). */
  logger?: AppLogger
  readiness?: Omit<ReadinessOptions, 'baseUrl'>
  demo?: DemoOptions
}

export type AppEnv = { Variables: LogVariables & { apiKey: string | null } }

/*
 * Pages may show attacker-written content, so the browser is told to run only our own scripts,
 * load nothing from elsewhere, and never be framed or leak the current URL as a referrer.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

const NO_STORE = { 'Cache-Control': 'no-store' }

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const { upstream } = options
  const accessSettings = options.access ?? { mode: 'none' }
  if (upstream && !upstream.apiKey && accessSettings.mode !== 'byok') {
    throw new Error('An upstream without an API key needs bring-your-own-key access (byok).')
  }
  const access = createAccessControl(accessSettings)
  access.catch(() => {}) // awaited by every request that needs it, which then fails loudly
  const demoApi = upstream ? null : createDemoApi(options.demo)
  const proxy = upstream ? createUpstreamProxy(upstream) : null

  // Order matters: the log sees every answer, even a refusal; health answers any Host (probes
  // use the pod or container address) and tells nothing; then the host check guards the rest.
  if (options.logger) app.use(requestLog(options.logger))
  app.use(async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
  })
  app.route('/', healthRoutes({ ...options.readiness, baseUrl: upstream?.baseUrl ?? null }))
  app.use(hostCheck(options.allowedHosts))
  app.use(compression())

  app.get('/_app/config', async (c) => {
    const { signedIn } = await (await access).check(c.req.raw)
    const mode = upstream ? 'live' : 'demo'
    const demoWorkers = upstream ? [] : demoCatalog
    return c.json(
      { mode, demoWorkers, access: { mode: accessSettings.mode, signedIn } },
      200,
      NO_STORE,
    )
  })
  app.route('/_app/session', sessionRoutes(access, { publicUrl: options.publicUrl }))

  app.use('/api/*', async (c, next) => {
    const state = await (await access).check(c.req.raw)
    if (!state.signedIn) return c.json(signInNeeded(await access), 401, NO_STORE)
    c.set('apiKey', state.apiKey)
    await next()
  })

  // Whoever answers (Handinger or the simulated API), an unchanged body is answered 304.
  app.use('/api/*', revalidation())
  app.all('/api/*', async (c) => {
    if (!proxy || !upstream) return demoApi ? demoApi.fetch(c.req.raw) : c.notFound()
    const apiKey = c.get('apiKey') ?? upstream.apiKey
    if (!apiKey) return c.json(signInNeeded(null), 401, NO_STORE)
    const forwarded = await proxy.forward(c.req.raw, { apiKey })
    if (forwarded.upstream) {
      const { status, durationMs, source } = forwarded.upstream
      c.set('upstream', { status, ms: durationMs, source })
    }
    return forwarded.response
  })

  return app
}

function signInNeeded(access: AccessControl | null) {
  return { error: 'Sign in to use the inspector.', access: access?.mode ?? 'byok' }
}
