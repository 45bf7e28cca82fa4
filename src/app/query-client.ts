import { QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { workerQueries } from '@/api/queries'
import { retryDelay, shouldRetry } from '@/api/retry'

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.kind === 'unauthorized') dropWorkerData(client)
      },
    }),
    defaultOptions: { queries: { retry: shouldRetry, retryDelay } },
  })
  return client
}

/**
 * A 401 means the key changed or was revoked: what is cached was fetched with a key that is no
 * longer valid, so it goes, from the failing view and from every other cached worker.
 */
export function dropWorkerData(client: QueryClient): void {
  const queryKey = workerQueries.all()
  client.removeQueries({ queryKey, type: 'inactive' })
  for (const query of client.getQueryCache().findAll({ queryKey })) {
    if (query.state.data !== undefined) query.setState({ data: undefined, dataUpdatedAt: 0 })
  }
}
