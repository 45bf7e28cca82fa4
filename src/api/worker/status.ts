/*
 * The one rule for what status a run shows and whether it is live, for workers, tasks and turns
 * alike: the badge, the tab title, the favicon, the recent list, the live indicator, the Pause
 * button and polling all read it from here. A finished run is green only when nothing says
 * otherwise, and a status this app does not know is shown as it is, never as success.
 */
import { ellipsize, revealHidden } from '@/lib/visible-text'

export type RunStatusKey =
  | 'pending'
  | 'running'
  | 'completed'
  | 'failed'
  | 'incomplete'
  | 'aborted'
  | 'unknown'

export type RunStatus = {
  key: RunStatusKey
  /** The badge text, e.g. "Failed" or "Unknown (archived)". */
  label: string
  /** The short word of the tab title, e.g. "Done". */
  word: string
  /** The symbol in front of the tab title. */
  symbol: string
  /** Still may change: shown as live, worth polling and worth waiting for. */
  active: boolean
}

/** What a worker body says about its state (the parsed Worker has all of these). */
export type WorkerFacts = {
  /** The status as sent; null when the body had none. */
  rawStatus: string | null
  running: boolean
  error?: unknown
  incompleteDetails?: unknown
}

const FIXED: Record<Exclude<RunStatusKey, 'unknown'>, Omit<RunStatus, 'key'>> = {
  pending: { label: 'Pending', word: 'Pending', symbol: '○', active: true },
  running: { label: 'Running', word: 'Running', symbol: '●', active: true },
  completed: { label: 'Completed', word: 'Done', symbol: '✓', active: false },
  failed: { label: 'Failed', word: 'Failed', symbol: '✕', active: false },
  incomplete: { label: 'Incomplete', word: 'Incomplete', symbol: '◐', active: false },
  aborted: { label: 'Aborted', word: 'Aborted', symbol: '■', active: false },
}

/** The worker statuses of the API; anything else is a problem worth showing. */
const WORKER_STATUSES: ReadonlySet<string> = new Set(['pending', 'running', 'completed'])

export function isKnownWorkerStatus(raw: string): boolean {
  return WORKER_STATUSES.has(raw)
}

/*
 * A status this app does not know ("paused", "queued", a new word) may be a new kind of waiting:
 * it is watched like a running one (live, with Pause), never taken as finished.
 */
export function statusOf(key: RunStatusKey, raw = ''): RunStatus {
  if (key === 'unknown') {
    // The word as sent, with any bidi or hidden character shown as a token (lib/visible-text).
    const shown = ellipsize(revealHidden(raw).trim(), 40) || 'empty'
    return { key, label: `Unknown (${shown})`, word: 'Unknown', symbol: '?', active: true }
  }
  return { key, ...FIXED[key] }
}

const present = (value: unknown) => value !== null && value !== undefined

/**
 * The status of a worker, with its task's own status winning where that is known (the Task
 * object has error and aborted, which the Worker cannot say).
 */
export function workerStatus(worker: WorkerFacts, taskStatus?: string | null): RunStatus {
  const fromTask = taskStatus == null ? null : taskStatusKey(taskStatus)
  // A task that says "completed" still ran out of budget if the worker carries the error.
  if (fromTask === 'completed')
    return ownStatus({ ...worker, rawStatus: 'completed', running: false })
  if (fromTask) return statusOf(fromTask)
  return ownStatus(worker)
}

/** The status of a task or of one of its turns, from the status word they carry. */
export function taskStatus(status: string): RunStatus {
  return statusOf(taskStatusKey(status) ?? 'unknown', status)
}

function ownStatus(worker: WorkerFacts): RunStatus {
  const raw = worker.rawStatus
  if (present(worker.error)) return statusOf('failed')
  if (worker.running || raw === 'running') return statusOf('running')
  if (raw === 'pending') return statusOf('pending')
  if (present(worker.incompleteDetails)) return statusOf('incomplete')
  // No status at all means done: the API leaves it out of finished workers.
  if (raw === null || raw === 'completed') return statusOf('completed')
  return statusOf('unknown', raw)
}

function taskStatusKey(status: string): RunStatusKey | null {
  switch (status) {
    case 'pending':
    case 'running':
    case 'completed':
    case 'aborted':
      return status
    case 'error':
      return 'failed'
    default:
      return null
  }
}

/** Reads a key back from storage or anything else untrusted. */
export function isRunStatusKey(value: unknown): value is RunStatusKey {
  return typeof value === 'string' && (value === 'unknown' || Object.hasOwn(FIXED, value))
}
