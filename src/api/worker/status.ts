/*
 * The one rule for what status a run shows: the badge, the tab title, the favicon and the recent
 * list all read it from here. A finished run is green only when nothing says otherwise, and a
 * status this app does not know is shown as it is, never as success.
 */
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
  /** Still moving: worth polling and worth waiting for. */
  active: boolean
}

export type RunFacts = {
  status: string
  running?: boolean
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

export function statusOf(key: RunStatusKey, raw = ''): RunStatus {
  if (key === 'unknown') {
    const shown = raw.trim().slice(0, 40) || 'empty'
    return { key, label: `Unknown (${shown})`, word: 'Unknown', symbol: '?', active: false }
  }
  return { key, ...FIXED[key] }
}

const present = (value: unknown) => value !== null && value !== undefined

/**
 * The display status of a worker, with the task's own status winning where it is known
 * (the Task object has error and aborted, which the Worker cannot say).
 */
export function runStatus(worker: RunFacts, taskStatus?: string | null): RunStatus {
  if (taskStatus !== undefined && taskStatus !== null) {
    const fromTask = taskStatusKey(taskStatus)
    if (fromTask) {
      // A task that says "completed" still ran out of budget if the worker carries the error.
      if (fromTask === 'completed') {
        return workerStatus({ ...worker, status: 'completed', running: false })
      }
      return statusOf(fromTask)
    }
  }
  return workerStatus(worker)
}

function workerStatus(worker: RunFacts): RunStatus {
  if (present(worker.error)) return statusOf('failed')
  if (worker.running === true || worker.status === 'running') return statusOf('running')
  if (worker.status === 'pending') return statusOf('pending')
  if (present(worker.incompleteDetails)) return statusOf('incomplete')
  if (worker.status === 'completed') return statusOf('completed')
  return statusOf('unknown', worker.status)
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
