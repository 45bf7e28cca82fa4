import { Hono } from 'hono'
import { type ClientAddressVariables, limitKey } from '../net/client-address'
import type { AppLogger, LogVariables } from '../request-log'
import type { AccessControl } from './access-control'
import type { SignInLimits } from './sign-in-limits'

/*
 * POST /_app/session signs in with a JSON body; DELETE signs out. Besides SameSite=Strict on
 * the cookie, both demand an Origin of this very server, so another site cannot sign a
 * visitor in (to an attacker's key) or out.
 */
const MAX_BODY = 4096

type SessionEnv = { Variables: LogVariables & ClientAddressVariables }

export type SessionRouteOptions = {
  publicUrl?: string | null
  /** Failed sign-ins per address and overall (sign-in-limits.ts). */
  limits: SignInLimits
  logger?: AppLogger
}

export function sessionRoutes(
  access: Promise<AccessControl>,
  options: SessionRouteOptions,
): Hono<SessionEnv> {
  const app = new Hono<SessionEnv>()
  const { limits, logger } = options

  app.use(async (c, next) => {
    if (!fromThisSite(c.req.raw, options.publicUrl ?? null)) {
      return c.json({ error: 'Sign-in requests must come from this page.' }, 403)
    }
    await next()
    c.header('Cache-Control', 'no-store')
  })

  app.post('/', async (c) => {
    if (!c.req.header('content-type')?.toLowerCase().startsWith('application/json')) {
      return c.json({ error: 'Send the sign-in as JSON.' }, 415)
    }
    const text = await c.req.text()
    if (text.length > MAX_BODY) return c.json({ error: 'The sign-in request is too large.' }, 413)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return c.json({ error: 'The sign-in request is not valid JSON.' }, 400)
    }
    const address = c.get('clientAddress')
    const key = limitKey(address)
    // Checked before the secret is compared or a key is sent to Handinger.
    const waitMs = limits.waitMs(key)
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000)
      logger?.warn({ address, waitSeconds: seconds }, 'sign-in refused: too many failures')
      return c.json({ error: `Too many failed sign-ins. Try again in ${seconds} s.` }, 429, {
        'Retry-After': String(seconds),
      })
    }
    const accessControl = await access
    const result = await accessControl.signIn(body)
    // The request log shows what Handinger said of a brought key (never the key itself).
    if (result.upstream) c.set('upstream', result.upstream)
    // A wrong secret or a key Handinger refused; not Handinger being unreachable (502).
    if (!result.ok && result.status === 401) {
      limits.failed(key)
      logger?.warn({ address, access: accessControl.mode }, 'sign-in failed')
    } else if (result.ok) {
      limits.succeeded(key)
    }
    // 401: the secret or key is wrong; 502: Handinger could not check the key; else the request.
    if (!result.ok) {
      const status = result.status === 401 || result.status === 502 ? result.status : 400
      return c.json({ error: result.error }, status)
    }
    c.header('Set-Cookie', result.setCookie)
    return c.body(null, 204)
  })

  app.delete('/', async (c) => {
    c.header('Set-Cookie', await (await access).signOut(c.req.raw))
    return c.body(null, 204)
  })

  return app
}

export function fromThisSite(request: Request, publicUrl: string | null): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin') return false
  const origin = request.headers.get('origin')
  if (!origin) return false
  try {
    const { host } = new URL(origin)
    return host === new URL(request.url).host || (publicUrl !== null && origin === publicUrl)
  } catch {
    return false
  }
}
