import type { QueryClient } from '@tanstack/react-query'
import { appConfigQuery } from '@/api/app-config'

/** Drops every answer fetched with the previous session, so another key never sees them. */
export function forgetSessionData(queryClient: QueryClient): void {
  const [configKey] = appConfigQuery.queryKey
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== configKey })
}

/** Asks our server again who this browser is, after a sign-in, a sign-out or a refused request. */
export function refreshAccess(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: appConfigQuery.queryKey })
}
