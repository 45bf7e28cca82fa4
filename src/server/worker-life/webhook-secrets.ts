import type { Context, MiddlewareHandler } from 'hono'
import { jsonError } from '../proxy/json-error'
import { browserExecutions, browserWebhook } from './webhook-bodies'

/*
 * The trust boundary of the webhook reads, in live and demo mode alike. A worker's webhook
 * answer holds the token that proves deliveries come from Handinger, and its URL (like every
 * delivery log's) may itself be a credential. Mounted inside revalidation in app.ts, so the
 * ETag and the 304 are of the rewritten body. Nothing here logs a URL or a token.
 */
export const UNREADABLE_WEBHOOK = "Handinger's webhook answer could not be read."

const REWRITES = { webhook: browserWebhook, executions: browserExecutions }

export function webhookSecrets(read: keyof typeof REWRITES): MiddlewareHandler {
  const rewrite = REWRITES[read]
  return async (c, next) => {
    await next()
    const answer = c.res
    // Errors pass on as every /api error does (already scrubbed of the key); they carry no token.
    if (answer.status < 200 || answer.status >= 300) return
    const headers = new Headers(answer.headers)
    // The hash of the body as it came; revalidation hashes the body as it goes.
    headers.delete('etag')
    headers.delete('content-length')
    headers.set('Content-Type', 'application/json')
    let body: string | null = null
    if (c.req.method !== 'HEAD') {
      const rewritten = rewrite(parseJson(await answer.text()))
      // Fail closed: what cannot be read might hold the token.
      if (rewritten === null) return replace(c, jsonError(502, UNREADABLE_WEBHOOK))
      body = JSON.stringify(rewritten)
    } else {
      await answer.body?.cancel()
    }
    replace(c, new Response(body, { status: answer.status, headers }))
  }
}

// Assigning c.res merges the previous answer's headers into the new one (the old ETag with
// them); clearing it first keeps exactly the headers given.
function replace(c: Context, response: Response) {
  c.res = undefined
  c.res = response
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
