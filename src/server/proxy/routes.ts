import { isValidId } from '@/shared/ids'

export type ForwardedRoute =
  | { ok: true; path: string }
  | { ok: false; status: 400 | 404; message: string }

/** A query parameter passed on when present and valid; any other value refuses the request. */
type QueryParam = { name: string; valid: (value: string) => boolean; message: string }

type RouteSpec = {
  pattern: RegExp
  query: readonly QueryParam[]
  path: (ids: string[]) => string
}

const INVALID_ID = 'Invalid worker or task ID.'
const TASK_ID: QueryParam = { name: 'taskId', valid: isValidId, message: INVALID_ID }

// Handinger's pages are 1-indexed; 10,000 pages of 50 is far beyond any worker's deliveries.
const MAX_PAGE = 10_000
const PAGE: QueryParam = {
  name: 'page',
  valid: (value) => /^[1-9][0-9]{0,4}$/.test(value) && Number(value) <= MAX_PAGE,
  message: `The page must be a whole number from 1 to ${MAX_PAGE}.`,
}

/*
 * Only the reads the inspector makes are forwarded, each rebuilt from checked parts. The same
 * key can change webhooks and schedules, read other routes and more; whoever can open the
 * dashboard should not reach those through it, nor smuggle another path or parameter in. The
 * webhook reads hold a secret token and secret URLs: app.ts rewrites their answers before the
 * browser gets them (worker-life/webhook-secrets.ts).
 */
const ROUTES: readonly RouteSpec[] = [
  {
    pattern: /^\/api\/workers\/([^/]+)$/,
    query: [TASK_ID],
    path: ([workerId]) => `/api/workers/${workerId}`,
  },
  { pattern: /^\/api\/tasks\/([^/]+)$/, query: [], path: ([taskId]) => `/api/tasks/${taskId}` },
  {
    pattern: /^\/api\/tasks\/([^/]+)\/turns$/,
    query: [],
    path: ([taskId]) => `/api/tasks/${taskId}/turns`,
  },
  {
    pattern: /^\/api\/workers\/([^/]+)\/webhook$/,
    query: [],
    path: ([workerId]) => `/api/workers/${workerId}/webhook`,
  },
  {
    pattern: /^\/api\/workers\/([^/]+)\/webhook\/executions$/,
    query: [PAGE],
    path: ([workerId]) => `/api/workers/${workerId}/webhook/executions`,
  },
  {
    pattern: /^\/api\/workers\/([^/]+)\/schedules$/,
    query: [],
    path: ([workerId]) => `/api/workers/${workerId}/schedules`,
  },
]

export function forwardedRoute(url: URL): ForwardedRoute {
  for (const route of ROUTES) {
    const match = route.pattern.exec(url.pathname)
    if (!match) continue
    const ids = match.slice(1)
    if (!ids.every(isValidId)) return { ok: false, status: 400, message: INVALID_ID }
    const query = new URLSearchParams()
    for (const param of route.query) {
      const value = url.searchParams.get(param.name)
      if (value === null) continue
      if (!param.valid(value)) return { ok: false, status: 400, message: param.message }
      query.set(param.name, value)
    }
    const search = query.size > 0 ? `?${query}` : ''
    return { ok: true, path: `${route.path(ids)}${search}` }
  }
  return { ok: false, status: 404, message: 'This path is not available through the inspector.' }
}
