import { appOptionsFrom, parseSettings } from '../settings'
import type { Vars } from '../setting-values'

/** The worker's bindings: `vars` from wrangler.jsonc, secrets from `wrangler secret put`. */
export type EdgeBindings = {
  ASSETS: { fetch: (request: Request) => Promise<Response> }
  [name: string]: unknown
}

/*
 * The edge reads the same settings as the Node server, checked by the same code. A Worker is
 * always reachable by others, so access control must be chosen explicitly (ACCESS_MODE), and
 * PUBLIC_URL or ALLOWED_HOSTS must name its host. A bad setting throws one sentence that never
 * contains a secret.
 */
export function appOptionsFromBindings(env: EdgeBindings) {
  const vars: Vars = {}
  for (const [name, binding] of Object.entries(env)) {
    if (typeof binding === 'string') vars[name] = binding
  }
  return appOptionsFrom(parseSettings(vars, { exposed: true }))
}
