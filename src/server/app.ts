import { type Context, Hono } from 'hono'
import { demoCatalog } from './demo/catalog'
import { type DemoOptions, createDemoApi } from './demo/demo-api'
import { compression } from './proxy/compression'
import { type UpstreamReport, createUpstreamProxy } from './proxy/proxy'
import { revalidation } from './proxy/revalidation'
import type { UpstreamConfig } from './proxy/upstream'

export type AppOptions = {
  /** Null means demo mode: /api is answered by the simulated Handinger API. */
  upstream: UpstreamConfig | null
  demo?: DemoOptions
}

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

/** `upstream` is set on /api requests that reached Handinger, for the request log. */
export type AppEnv = { Variables: { upstream?: UpstreamReport | null } }

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const { upstream } = options
  const answerApi = upstream ? proxyAnswerer(upstream) : demoAnswerer(options.demo)

  app.use(async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
  })
  app.use(compression())

  app.get('/_app/config', (c) =>
    c.json(
      !upstream ? { mode: 'demo', demoWorkers: demoCatalog } : { mode: 'live', demoWorkers: [] },
      200,
      { 'Cache-Control': 'no-store' },
    ),
  )

  app.use('/api/*', revalidation())
  app.all('/api/*', (c) => answerApi(c))

  return app
}

function proxyAnswerer(config: UpstreamConfig) {
  const proxy = createUpstreamProxy(config)
  return async (c: Context<AppEnv>) => {
    const forwarded = await proxy.forward(c.req.raw)
    c.set('upstream', forwarded.upstream)
    return forwarded.response
  }
}

function demoAnswerer(options?: DemoOptions) {
  const demoApi = createDemoApi(options)
  return (c: Context<AppEnv>) => demoApi.fetch(c.req.raw)
}
