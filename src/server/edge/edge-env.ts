import type { UpstreamConfig } from '../proxy/upstream'

/** The worker's bindings: `vars` from wrangler.jsonc, the key from `wrangler secret put`. */
export type EdgeBindings = {
  ASSETS: { fetch: (request: Request) => Promise<Response> }
  HANDINGER_API_KEY?: string
  HANDINGER_BASE_URL?: string
  /** Largest upstream body passed on, in bytes (default 16 MB). */
  HANDINGER_MAX_BODY_BYTES?: string
}

/*
 * The only place the edge entry reads its settings. Like the Node server: no key means demo
 * mode. A bad setting throws a message that never contains the key.
 */
export function upstreamFromBindings(env: EdgeBindings): UpstreamConfig | null {
  const apiKey = env.HANDINGER_API_KEY?.trim()
  if (!apiKey) return null
  const baseUrl = (env.HANDINGER_BASE_URL ?? 'https://handinger.com').trim()
  let parsed: URL
  try {
    parsed = new URL(baseUrl)
  } catch {
    throw new Error(`HANDINGER_BASE_URL must be an absolute URL, got "${baseUrl}".`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error('HANDINGER_BASE_URL must start with https:// or http://.')
  }
  const maxBodyBytes = env.HANDINGER_MAX_BODY_BYTES
    ? Number(env.HANDINGER_MAX_BODY_BYTES)
    : undefined
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new Error('HANDINGER_MAX_BODY_BYTES must be a whole number of bytes.')
  }
  return { baseUrl: parsed.href, apiKey, maxBodyBytes }
}
