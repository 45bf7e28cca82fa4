import type { QueryClient } from '@tanstack/react-query'
import { appConfigQuery } from '@/api/app-config'

/** Asks our server again who this browser is, after a sign-in, a sign-out or a refused request. */
export function refreshAccess(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: appConfigQuery.queryKey })
}
