import { generatePath } from 'react-router'
import { type TaskId, type WorkerId, parseId } from '@/shared/ids'

/* Every route pattern, its link builder, and the parser for what people paste into the home page. */

export const routes = {
  home: '/',
  worker: '/workers/:workerId',
  task: '/workers/:workerId/tasks/:taskId',
  /** A task whose worker is not known yet: resolved through the task endpoint. */
  taskResolve: '/tasks/:taskId',
  /** Two runs side by side: `?a=…&b=…`, each a RunRef written by `runRefParam`. */
  compare: '/compare',
  /** A run opened from a file, kept in this tab only (api/saved-run). */
  saved: '/saved/:savedId',
  /** A snapshot link: a read-only copy of a run, opened without signing in. */
  snapshot: '/s/:snapshotId',
  /** The snapshots made on this server, to list and revoke. */
  snapshots: '/snapshots',
} as const

export function workerHref(workerId: WorkerId, taskId?: TaskId | null): string {
  return taskId
    ? generatePath(routes.task, { workerId, taskId })
    : generatePath(routes.worker, { workerId })
}

export function savedHref(savedId: string): string {
  return generatePath(routes.saved, { savedId })
}

export function snapshotHref(snapshotId: string): string {
  return generatePath(routes.snapshot, { snapshotId })
}

export function taskResolveHref(taskId: TaskId): string {
  return generatePath(routes.taskResolve, { taskId })
}

/** One side of a comparison: a task, or one turn of it (`turn` is the turn's `seq`). */
export type RunRef = { workerId: WorkerId; taskId: TaskId; turn?: number | null }

// IDs never contain '.', so it separates the parts and stays readable in a query string.
export function runRefParam({ workerId, taskId, turn }: RunRef): string {
  return turn == null ? `${workerId}.${taskId}` : `${workerId}.${taskId}.${turn}`
}

export function parseRunRef(value: string | null | undefined): RunRef | null {
  const [rawWorker, rawTask, rawTurn, ...rest] = (value ?? '').split('.')
  const workerId = parseId('worker', rawWorker)
  const taskId = parseId('task', rawTask)
  if (!workerId || !taskId || rest.length > 0) return null
  if (rawTurn === undefined) return { workerId, taskId, turn: null }
  return /^\d{1,6}$/.test(rawTurn) ? { workerId, taskId, turn: Number(rawTurn) } : null
}

/** A run opened from a file (api/saved-run) as one side of a comparison; this tab only. */
export type SavedRef = { savedId: string }

export type CompareSide = RunRef | SavedRef

export const isSavedRef = (side: CompareSide): side is SavedRef => 'savedId' in side

// `saved.` and a random UUID: no Handinger worker is called "saved" with a UUID for a task.
const SAVED_SIDE = /^saved\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/

export function compareSideParam(side: CompareSide): string {
  return isSavedRef(side) ? `saved.${side.savedId}` : runRefParam(side)
}

export function parseCompareSide(value: string | null | undefined): CompareSide | null {
  const saved = SAVED_SIDE.exec(value ?? '')?.[1]
  return saved ? { savedId: saved } : parseRunRef(value)
}

/** The comparison of two runs; without `b`, the form asks for the second one. */
export function compareHref(a: CompareSide, b: CompareSide | null): string {
  const query = new URLSearchParams({ a: compareSideParam(a) })
  if (b) query.set('b', compareSideParam(b))
  return `${routes.compare}?${query}`
}

export type Target = { workerId: WorkerId; taskId: TaskId | null }

export type ParseResult = { ok: true; target: Target } | { ok: false; message: string }

// Handinger's dashboard (`/worker/{id}/task/{id}`) and this app (`/workers/{id}/tasks/{id}`).
const URL_PATH = /^\/workers?\/([^/]+)(?:\/tasks?\/([^/]+))?\/?$/
// URL parsing resolves '.', '..' and '%2e%2e' segments (after dropping tabs and newlines), which
// would silently open another worker or drop the task, so they are refused as written.
const DOT_SEGMENT = /[/\\](?:\.|%2e){1,2}(?=[/\\]|$)/i

export function parseTarget(input: string): ParseResult {
  const text = input.trim()
  if (text === '') return { ok: false, message: 'Enter a worker ID or a Handinger dashboard URL.' }
  const bareId = parseId('worker', text)
  if (bareId) return { ok: true, target: { workerId: bareId, taskId: null } }

  let url: URL
  try {
    url = new URL(text)
  } catch {
    return {
      ok: false,
      message: `"${shorten(text)}" is not a worker ID. IDs use only letters, digits, "-" and "_", like wrk_vk81XUHKHG-qr4.`,
    }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Only http and https dashboard URLs can be opened.' }
  }
  if (DOT_SEGMENT.test(input.replace(/[\t\n\r]/g, '').split(/[?#]/)[0] ?? '')) {
    return {
      ok: false,
      message: 'This URL contains "." or ".." path segments, so it cannot be opened.',
    }
  }
  const match = URL_PATH.exec(url.pathname)
  const workerId = parseId('worker', match?.[1])
  const taskId = match?.[2]
  if (!match || !workerId) {
    return {
      ok: false,
      message:
        'This URL does not point at a worker. Expected …/worker/{workerId} or …/worker/{workerId}/task/{taskId}.',
    }
  }
  if (taskId === undefined) return { ok: true, target: { workerId, taskId: null } }
  const checkedTaskId = parseId('task', taskId)
  if (!checkedTaskId) {
    return { ok: false, message: `"${shorten(taskId)}" is not a valid task ID.` }
  }
  return { ok: true, target: { workerId, taskId: checkedTaskId } }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
