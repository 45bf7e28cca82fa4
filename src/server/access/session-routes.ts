import { Hono } from 'hono'
import type { LogVariables } from '../request-log'
import type { AccessControl } from './access-control'

/*
 * POST /_app/session signs in with a JSON body; DELETE signs out. Besides SameSite=Strict on
 * the cookie, both demand an Origin of this very server, so another site cannot sign a
 * visitor in (to an attacker's key) or out.
 */
const MAX_BODY = 4096

export function sessionRoutes(
  access: Promise<AccessControl>,
  options: { publicUrl?: string | null } = {},
): Hono<{ Variables: LogVariables }> {
  const app = new Hono<{ Variables: LogVariables }>()

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
    const result = await (await access).signIn(body)
    // The request log shows what Handinger said of a brought key (never the key itself).
    if (result.upstream) c.set('upstream', result.upstream)
    // 401: the secret or key is wrong; 502: Handinger could not check the key; else the request.
    if (!result.ok) {
      const status = result.status === 401 || result.status === 502 ? result.status : 400
      return c.json({ error: result.error }, status)
    }
    c.header('Set-Cookie', result.setCookie)
    return c.body(null, 204)
  })

  app.delete('/', async (c) => {
    c.header('Set-Cookie', (await access).signOut())
    return c.body(null, 204)
  })

  return app
}

function fromThisSite(request: Request, publicUrl: string | null): boolean {
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
