import { queryOptions } from '@tanstack/react-query'
import { ApiError } from './api-error'
import { apiFetch } from './client'

/*
 * What our own server tells the page about itself (GET /_app/config). Checked by hand, like
 * every response (see schema.ts), so no schema library ships to the browser.
 */
export type DemoWorker = {
  workerId: string
  title: string
  summary: string
  taskIds: string[]
  kind: 'worker' | 'error'
}

/** Who may use the app, and whether this browser has signed in (see src/routes/access/). */
export type AccessInfo = { mode: 'none' | 'team' | 'byok'; signedIn: boolean }

export type AppConfig = { mode: 'demo' | 'live'; demoWorkers: DemoWorker[]; access: AccessInfo }

function parseAppConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null || !('mode' in raw)) throw unreadable()
  const { mode } = raw
  if (mode !== 'demo' && mode !== 'live') throw unreadable()
  const list = 'demoWorkers' in raw && Array.isArray(raw.demoWorkers) ? raw.demoWorkers : []
  return { mode, demoWorkers: list.filter(isDemoWorker), access: parseAccess(raw) }
}

function parseAccess(raw: object): AccessInfo {
  const access = 'access' in raw ? raw.access : null
  if (typeof access !== 'object' || access === null || !('mode' in access)) {
    return { mode: 'none', signedIn: true }
  }
  const mode = access.mode === 'team' || access.mode === 'byok' ? access.mode : 'none'
  return { mode, signedIn: 'signedIn' in access && access.signedIn === true }
}

function isDemoWorker(value: unknown): value is DemoWorker {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return (
    typeof entry.workerId === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.summary === 'string' &&
    Array.isArray(entry.taskIds) &&
    entry.taskIds.every((id) => typeof id === 'string') &&
    (entry.kind === 'worker' || entry.kind === 'error')
  )
}

function unreadable() {
  return new ApiError('invalid-shape', 'The app configuration could not be read.')
}

export const appConfigQuery = queryOptions<AppConfig>({
  queryKey: ['app-config'],
  queryFn: ({ signal }) => apiFetch({ path: ['_app', 'config'], signal, parse: parseAppConfig }),
  staleTime: Number.POSITIVE_INFINITY,
})
