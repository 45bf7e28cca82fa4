import { queryOptions } from '@tanstack/react-query'
import { NOT, array, isRecord, oneOf, or, string } from '@/shared/guards'
import { type TaskId, type WorkerId, parseId } from '@/shared/ids'
import { ApiError } from './api-error'
import { apiFetch } from './client'
import { claimPersonalData } from '@/lib/personal-storage'

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

/**
 * Who may use the app, and whether this browser has signed in (see src/routes/access/).
 * `scope` names the current session (opaque), so what the browser stores goes with it.
 */
export type AccessInfo = { mode: 'none' | 'team' | 'byok'; signedIn: boolean; scope?: string }

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
  const info: AccessInfo = {
    mode: or(accessMode, access.mode, 'none'),
    signedIn: access.signedIn === true,
  }
  const scope = string(access.scope)
  if (scope !== NOT && /^[\w-]{1,128}$/.test(scope)) info.scope = scope
  return info
}

/*
 * Whatever this browser keeps for a person goes with their session: kept without access control,
 * dropped when the session is not the one it was stored for, or there is none.
 */
function claimStorage({ access }: AppConfig): void {
  if (access.mode === 'none') return
  claimPersonalData(access.signedIn ? (access.scope ?? null) : null)
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
  queryFn: async ({ signal }) => {
    const config = await apiFetch({ path: ['_app', 'config'], signal, parse: parseAppConfig })
    // Before any view reads what is stored.
    claimStorage(config)
    return config
  },
  staleTime: Number.POSITIVE_INFINITY,
})
