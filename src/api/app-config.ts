import { queryOptions } from '@tanstack/react-query'
import { ApiError } from './api-error'
import { apiFetch } from './client'

/*
 * What our own server tells the page about itself (GET /_app/config). Checked by hand rather
 * than with zod so the home page does not load the schema library.
 */
export type DemoWorker = {
  workerId: string
  title: string
  summary: string
  taskIds: string[]
  kind: 'worker' | 'error'
}

export type AppConfig = { mode: 'demo' | 'live'; demoWorkers: DemoWorker[] }

function parseAppConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null || !('mode' in raw)) throw unreadable()
  const { mode } = raw
  if (mode !== 'demo' && mode !== 'live') throw unreadable()
  const list = 'demoWorkers' in raw && Array.isArray(raw.demoWorkers) ? raw.demoWorkers : []
  return { mode, demoWorkers: list.filter(isDemoWorker) }
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
