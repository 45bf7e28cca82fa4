import type { SetupServer } from 'msw/node'
import { onTestFinished } from 'vitest'

export type Recorded = {
  /** Every request to the path, as sent. */
  requests: Request[]
  /** The status of every answer to it (none for a request that failed as a network error). */
  statuses: number[]
}

/** Records, until the current test ends, what reaches `pathname` (query aside) through `server`. */
export function recordRequests(server: SetupServer, pathname: string): Recorded {
  const recorded: Recorded = { requests: [], statuses: [] }
  const matches = (request: Request) => new URL(request.url).pathname === pathname
  const onRequest = ({ request }: { request: Request }) => {
    if (matches(request)) recorded.requests.push(request)
  }
  const onResponse = ({ request, response }: { request: Request; response: Response }) => {
    if (matches(request)) recorded.statuses.push(response.status)
  }
  server.events.on('request:start', onRequest)
  server.events.on('response:mocked', onResponse)
  onTestFinished(() => {
    server.events.removeListener('request:start', onRequest)
    server.events.removeListener('response:mocked', onResponse)
  })
  return recorded
}
