import { QueryClient } from '@tanstack/react-query'
import { retryDelay, shouldRetry } from '@/api/retry'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, retryDelay } },
  })
}
