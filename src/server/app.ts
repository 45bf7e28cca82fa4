import { Hono } from 'hono'
import { demoCatalog } from './demo/catalog'
import { type DemoOptions, createDemoApi } from './demo/demo-api'
import { type UpstreamConfig, forwardToUpstream } from './proxy/upstream'

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

export function createApp(options: AppOptions): Hono {
  const app = new Hono()
  const { upstream } = options
  const answerApi = upstream
    ? (request: Request) => forwardToUpstream(request, upstream)
    : demoAnswerer(options.demo)

  app.use(async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
  })

  app.get('/_app/config', (c) =>
    c.json(
      !upstream ? { mode: 'demo', demoWorkers: demoCatalog } : { mode: 'live', demoWorkers: [] },
      200,
      { 'Cache-Control': 'no-store' },
    ),
  )

  app.all('/api/*', (c) => answerApi(c.req.raw))

  return app
}

function demoAnswerer(options?: DemoOptions) {
  const demoApi = createDemoApi(options)
  return (request: Request) => demoApi.fetch(request)
}
