import { isValidId } from '@/shared/ids'

export type ForwardedRoute =
  | { ok: true; path: string }
  | { ok: false; status: 400 | 404; message: string }

type RouteSpec = {
  pattern: RegExp
  /** Query parameters passed on, each an ID checked like the path ones. */
  query: readonly string[]
  path: (ids: string[]) => string
}

/*
 * Only the reads the inspector makes are forwarded, each rebuilt from checked parts. The same
 * key can read webhook tokens, schedules and more; whoever can open the dashboard should not
 * reach those through it, nor smuggle another path or parameter in.
 */
const ROUTES: readonly RouteSpec[] = [
  {
    pattern: /^\/api\/workers\/([^/]+)$/,
    query: ['taskId'],
    path: ([workerId]) => `/api/workers/${workerId}`,
  },
  { pattern: /^\/api\/tasks\/([^/]+)$/, query: [], path: ([taskId]) => `/api/tasks/${taskId}` },
  {
    pattern: /^\/api\/tasks\/([^/]+)\/turns$/,
    query: [],
    path: ([taskId]) => `/api/tasks/${taskId}/turns`,
  },
]

export function forwardedRoute(url: URL): ForwardedRoute {
  for (const route of ROUTES) {
    const match = route.pattern.exec(url.pathname)
    if (!match) continue
    const ids = match.slice(1)
    const query = new URLSearchParams()
    for (const name of route.query) {
      const value = url.searchParams.get(name)
      if (value !== null) query.set(name, value)
    }
    if (!ids.every(isValidId) || ![...query.values()].every(isValidId)) {
      return { ok: false, status: 400, message: 'Invalid worker or task ID.' }
    }
    const search = query.size > 0 ? `?${query}` : ''
    return { ok: true, path: `${route.path(ids)}${search}` }
  }
  return { ok: false, status: 404, message: 'This path is not available through the inspector.' }
}
