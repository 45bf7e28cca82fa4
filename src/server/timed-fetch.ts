import type { UpstreamTiming } from './request-log'

/**
 * Wraps the proxy's fetch to report the upstream status and time to the request log. A request
 * the proxy answers without calling Handinger (a rejected path, a shared in-flight answer)
 * reports nothing, which is what the log should say.
 */
export function timedFetch(
  base: typeof fetch | undefined,
  report: (timing: UpstreamTiming) => void,
): typeof fetch {
  return async (input, init) => {
    const started = performance.now()
    const elapsed = () => Math.round(performance.now() - started)
    try {
      const response = await (base ?? fetch)(input, init)
      report({ status: response.status, ms: elapsed() })
      return response
    } catch (error) {
      report({ status: null, ms: elapsed() })
      throw error
    }
  }
}
