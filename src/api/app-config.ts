import { queryOptions } from '@tanstack/react-query'
import { NOT, array, isRecord, oneOf, or, string } from '@/shared/guards'
import { type TaskId, type WorkerId, parseId } from '@/shared/ids'
import { ApiError } from './api-error'
import { apiFetch } from './client'

/*
 * What our own server tells the page about itself (GET /_app/config), read with the same guard
 * kit as every response (shared/guards.ts).
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

const appMode = oneOf('demo', 'live')
const accessMode = oneOf('none', 'team', 'byok')
const demoKind = oneOf('worker', 'error')

function parseAppConfig(raw: unknown): AppConfig {
  if (!isRecord(raw)) throw unreadable()
  const mode = appMode(raw.mode)
  if (mode === NOT) throw unreadable()
  const list = or(array, raw.demoWorkers, [])
  return { mode, demoWorkers: list.flatMap(demoWorker), access: parseAccess(raw.access) }
}

function parseAccess(access: unknown): AccessInfo {
  if (!isRecord(access) || !('mode' in access)) return { mode: 'none', signedIn: true }
  return { mode: or(accessMode, access.mode, 'none'), signedIn: access.signedIn === true }
}

/** An entry of the demo list, with its IDs checked; a malformed one is left out. */
function demoWorker(value: unknown): DemoWorker[] {
  if (!isRecord(value)) return []
  const title = string(value.title)
  const summary = string(value.summary)
  const kind = demoKind(value.kind)
  const workerId = parseId('worker', value.workerId)
  const rawTaskIds = or(array, value.taskIds, null)
  const taskIds = rawTaskIds?.flatMap((id) => parseId('task', id) ?? []) ?? []
  if (
    !workerId ||
    title === NOT ||
    summary === NOT ||
    kind === NOT ||
    rawTaskIds?.length !== taskIds.length
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
