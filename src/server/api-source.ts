import { type DemoOptions, createDemoApi } from './demo/demo-api'
import { jsonError } from './proxy/json-error'
import { type Forwarded, createUpstreamProxy } from './proxy/proxy'
import type { UpstreamPool } from './proxy/upstream-pool'
import type { UpstreamConfig } from './proxy/upstream'

/*
 * Who answers an /api read: Handinger through the proxy (its shared reads, size cap and
 * checks), or the simulated API in demo mode. The browser's /api requests and the live watch
 * (watch/) both read through one of these, so they share its reads.
 */
export type ApiSource = {
  /** Null in live mode. */
  demoApi: ReturnType<typeof createDemoApi> | null
  /** `apiKey` is the visitor's own key (bring-your-own-key mode); else the server's is used. */
  answer: (request: Request, apiKey: string | null) => Promise<Forwarded>
}

export function createApiSource(
  upstream: UpstreamConfig | null,
  demo?: DemoOptions,
  /** The bounded pool of upstream requests, shared with the file route; null: unbounded. */
  { pool }: { pool?: UpstreamPool | null } = {},
): ApiSource {
  if (!upstream) {
    const demoApi = createDemoApi(demo)
    return {
      demoApi,
      answer: async (request) => ({ response: await demoApi.fetch(request), upstream: null }),
    }
  }
  const proxy = createUpstreamProxy(upstream, { pool })
  return {
    demoApi: null,
    async answer(request, apiKey) {
      const key = apiKey ?? upstream.apiKey
      if (!key) {
        return {
          response: jsonError(401, 'Sign in to use the inspector.'),
          upstream: null,
        }
      }
      return proxy.forward(request, { apiKey: key })
    },
  }
}
