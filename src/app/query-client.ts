import { QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { retryDelay, shouldRetry } from '@/api/retry'
import { forgetSessionData } from '@/api/session-data'

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A 401 means the key changed or was revoked: whatever was fetched with it goes.
      onError: (error, query) => {
        if (error instanceof ApiError && error.kind === 'unauthorized') {
          forgetSessionData(client, query)
        }
      },
    }),
    defaultOptions: { queries: { retry: shouldRetry, retryDelay } },
  })
  return client
}
