import { queryOptions } from '@tanstack/react-query'
import { isRecord } from '@/shared/guards'
import { type TaskId, type WorkerId, parseId } from '@/shared/ids'
import { ApiError } from './api-error'
import { apiFetch } from './client'

/*
 * What our own server tells the page about itself (GET /_app/config). Checked by hand, like
 * every response (see schema.ts), so no schema library ships to the browser.
 */
export type DemoWorker = {
  workerId: WorkerId
  title: string
  summary: string
  taskIds: TaskId[]
  kind: 'worker' | 'error'
}

/** Who may use the app, and whether this browser has signed in (see src/routes/access/). */
export type AccessInfo = { mode: 'none' | 'team' | 'byok'; signedIn: boolean }

/** The access page stands in for every route: access is controlled and this browser has no session. */
export function signInRequired(access: AccessInfo | undefined): boolean {
  return access !== undefined && access.mode !== 'none' && !access.signedIn
}

/**
 * Whose key Handinger sees: the person's own (byok), which only they can replace, or the one
 * configured on the server (HANDINGER_API_KEY), which only whoever runs it can.
 */
export type KeyOwner = 'visitor' | 'server'

export function keyOwner(access: AccessInfo | undefined): KeyOwner {
  return access?.mode === 'byok' ? 'visitor' : 'server'
}

export type AppConfig = { mode: 'demo' | 'live'; demoWorkers: DemoWorker[]; access: AccessInfo }

function parseAppConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null || !('mode' in raw)) throw unreadable()
  const { mode } = raw
  if (mode !== 'demo' && mode !== 'live') throw unreadable()
  const list = 'demoWorkers' in raw && Array.isArray(raw.demoWorkers) ? raw.demoWorkers : []
  return { mode, demoWorkers: list.flatMap(demoWorker), access: parseAccess(raw) }
}

function parseAccess(raw: object): AccessInfo {
  const access = 'access' in raw ? raw.access : null
  if (typeof access !== 'object' || access === null || !('mode' in access)) {
    return { mode: 'none', signedIn: true }
  }
  const mode = access.mode === 'team' || access.mode === 'byok' ? access.mode : 'none'
  return { mode, signedIn: 'signedIn' in access && access.signedIn === true }
}

/** An entry of the demo list, with its IDs checked; a malformed one is left out. */
function demoWorker(value: unknown): DemoWorker[] {
  if (!isRecord(value)) return []
  const { title, summary, kind } = value
  const workerId = parseId('worker', value.workerId)
  const rawTaskIds = Array.isArray(value.taskIds) ? value.taskIds : null
  const taskIds = rawTaskIds?.flatMap((id) => parseId('task', id) ?? []) ?? []
  if (
    !workerId ||
    typeof title !== 'string' ||
    typeof summary !== 'string' ||
    rawTaskIds?.length !== taskIds.length ||
    (kind !== 'worker' && kind !== 'error')
  ) {
    return []
  }
  return [{ workerId, title, summary, taskIds, kind }]
}

function unreadable() {
  return new ApiError('invalid-shape', 'The app configuration could not be read.')
}

export const appConfigQuery = queryOptions<AppConfig>({
  queryKey: ['app-config'],
  queryFn: ({ signal }) => apiFetch({ path: ['_app', 'config'], signal, parse: parseAppConfig }),
  staleTime: Number.POSITIVE_INFINITY,
})
