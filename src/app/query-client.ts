import { QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { retryDelay, shouldRetry } from '@/api/retry'

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.kind === 'unauthorized') dropFamily(client, query)
      },
    }),
    defaultOptions: { queries: { retry: shouldRetry, retryDelay } },
  })
  return client
}

/**
 * A 401 means the key changed or was revoked: what is cached was fetched with a key that is no
 * longer valid, so it goes, from the failing view and from every query of the same family
 * (['workers', …]). Matching on the key's root keeps the worker schema out of the main chunk.
 */
function dropFamily(client: QueryClient, failed: { queryKey: readonly unknown[] }): void {
  const queryKey = failed.queryKey.slice(0, 1)
  // The failing query itself stays, holding its error: the view may be about to mount on it
  // (the route loader asked first), and removing it would only send the request again.
  client.removeQueries({ queryKey, type: 'inactive', predicate: (query) => query !== failed })
  for (const query of client.getQueryCache().findAll({ queryKey })) {
    if (query.state.data !== undefined) query.setState({ data: undefined, dataUpdatedAt: 0 })
  }
}
