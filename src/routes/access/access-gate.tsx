import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useEffect } from 'react'
import { matchPath, useLocation } from 'react-router'
import { ApiError } from '@/api/api-error'
import { appConfigQuery, signInRequired } from '@/api/app-config'
import { routes } from '@/config/paths'
import { AccessPage } from './access-page'
import { refreshAccess } from './forget-session'

/**
 * Shows the access page instead of the current route while this browser has no session, so a
 * deep link lands where it pointed once access is granted (the URL never changes).
 */
export function AccessGate({ children }: { children: ReactNode }) {
  const config = useQuery(appConfigQuery)
  const queryClient = useQueryClient()

  // A session can end while the page is open (expiry, a new secret): any 401 re-asks the server.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return
        const { error } = event.action
        if (error instanceof ApiError && error.status === 401) void refreshAccess(queryClient)
      }),
    [queryClient],
  )

  // A snapshot link is for people who cannot sign in: it needs no session.
  const shared = matchPath(routes.snapshot, useLocation().pathname) !== null
  const access = config.data?.access
  if (access && access.mode !== 'none' && signInRequired(access) && !shared) {
    return <AccessPage mode={access.mode} />
  }
  return children
}
