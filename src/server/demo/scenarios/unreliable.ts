import { errorResponse } from '../responses'
import { fixedScenario, type Scenario } from '../scenario'

// After this much quiet the failure sequence starts over, so every demo visit sees it.
const RESET_AFTER_QUIET_MS = 30_000

/** Counts requests, starting again from 1 after a quiet period. */
export function requestCounter(now: () => number) {
  let count = 0
  let lastAt = 0
  return () => {
    const at = now()
    if (at - lastAt >= RESET_AFTER_QUIET_MS) count = 0
    count += 1
    lastAt = at
    return count
  }
}

/** Answers like `inner`, except that the first `failures` requests of a visit get `failure`. */
function failingFirst(
  now: () => number,
  failures: number,
  failure: () => Response,
  inner: Scenario,
): Scenario {
  const next = requestCounter(now)
  return {
    handle: (request) => (next() <= failures ? failure() : inner.handle(request)),
    file: inner.file,
  }
}

export function rateLimitedScenario(now: () => number, inner: Scenario): Scenario {
  return failingFirst(
    now,
    1,
    () => errorResponse(429, 'Rate limit exceeded', { 'Retry-After': '3' }),
    inner,
  )
}

export function flakyScenario(now: () => number, inner: Scenario): Scenario {
  return failingFirst(now, 2, () => errorResponse(500, 'Internal server error'), inner)
}

export function unauthorizedScenario(): Scenario {
  return fixedScenario(() => errorResponse(401, 'Invalid API key'))
}

export function forbiddenScenario(): Scenario {
  return fixedScenario(() => errorResponse(403, 'This key cannot access this worker'))
}

const BROKEN_BODY = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
`

/** A proxy error page that still claims to be JSON. */
export function brokenScenario(): Scenario {
  return fixedScenario(
    () =>
      new Response(BROKEN_BODY, {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      }),
  )
}
