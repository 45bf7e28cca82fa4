import { isRecord } from './guards'
import type { TaskId, WorkerId } from './ids'

/*
 * The live watch of one run. The server reads a running worker or task once per poll interval
 * for every viewer with the same credential, and streams each change to them as Server-Sent
 * Events; the page parses what it receives as if it had fetched it. Both sides name the stream,
 * its events and their data here. The stream is not under /api, which answers only JSON.
 */
export const WATCH_ROUTE = '/_app/watch'

export type WatchTarget =
  | { kind: 'worker'; workerId: WorkerId; taskId: TaskId | null }
  | { kind: 'task'; taskId: TaskId }

/** Where a run's stream is: `/_app/watch/workers/<id>?taskId=<id>` or `/_app/watch/tasks/<id>`. */
export function watchPath(target: WatchTarget): string {
  if (target.kind === 'task') return `${WATCH_ROUTE}/tasks/${target.taskId}`
  const query = target.taskId ? `?taskId=${target.taskId}` : ''
  return `${watchWorkerPath(target.workerId)}${query}`
}

/** The path (without query) of every stream of one worker: a cookie scoped to it reaches them. */
export function watchWorkerPath(workerId: string): string {
  return `${WATCH_ROUTE}/workers/${workerId}`
}

/** The /api reads a watch makes, written as the page's own requests write them (path and query). */
export const watchedApiPaths = {
  worker: (workerId: WorkerId, taskId: TaskId | null) =>
    `/api/workers/${workerId}${taskId ? `?taskId=${taskId}` : ''}`,
  task: (taskId: TaskId) => `/api/tasks/${taskId}`,
  turns: (taskId: TaskId) => `/api/tasks/${taskId}/turns`,
}

/** One /api answer as the server got it: all the page's fetch would have read of it. */
export type WatchAnswer = {
  /** The API path and query, as in watchedApiPaths. */
  path: string
  status: number
  /** ETag, Retry-After and Retry-After-Ms, when the answer had them. */
  headers: [string, string][]
  text: string
}

/** Headers of an answer that the page reads (revalidation and retry timing). */
export const WATCH_ANSWER_HEADERS = ['etag', 'retry-after', 'retry-after-ms'] as const

export const WATCH_EVENT = {
  /** The run as the server last read it: every answer of one poll. Sent on connect and on change. */
  state: 'state',
  /** A quiet stream is still open. */
  alive: 'alive',
  /** The server stopped watching (the run finished, or a final error); the stream closes. */
  end: 'end',
} as const

export type WatchState = {
  answers: WatchAnswer[]
  /** The server's clock when it read this state (for measurements on one machine). */
  checkedAt: number
}

export type WatchAlive = {
  /**
   * How long ago the server last read the run and found it unchanged and answered without an
   * error; null when it has no such read. An age, not a time: the two clocks may differ.
   */
  ageMs: number | null
}

/** How often the server says a quiet stream is alive; the page gives up after a few missed. */
export const WATCH_HEARTBEAT_MS = 2000
/** The `retry:` hint: how long a browser waits before it reconnects a dropped stream. */
export const WATCH_RETRY_MS = 2000

export function parseWatchState(data: string): WatchState | null {
  return readWatchState(parseData(data))
}

/** A state already parsed from JSON, checked field by field. */
export function readWatchState(raw: unknown): WatchState | null {
  if (!isRecord(raw) || !Array.isArray(raw.answers) || typeof raw.checkedAt !== 'number') {
    return null
  }
  const answers: WatchAnswer[] = []
  for (const item of raw.answers) {
    const answer = parseAnswer(item)
    if (!answer) return null
    answers.push(answer)
  }
  return { answers, checkedAt: raw.checkedAt }
}

export function parseWatchAlive(data: string): WatchAlive | null {
  const raw = parseData(data)
  if (!isRecord(raw)) return null
  const { ageMs } = raw
  if (ageMs === null) return { ageMs: null }
  return typeof ageMs === 'number' && Number.isFinite(ageMs) && ageMs >= 0 ? { ageMs } : null
}

function parseAnswer(raw: unknown): WatchAnswer | null {
  if (!isRecord(raw)) return null
  const { path, status, headers, text } = raw
  if (typeof path !== 'string' || typeof text !== 'string') return null
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    return null
  }
  if (!Array.isArray(headers)) return null
  const pairs: [string, string][] = []
  for (const pair of headers) {
    if (!Array.isArray(pair) || pair.length !== 2) return null
    const [name, value] = pair
    if (typeof name !== 'string' || typeof value !== 'string') return null
    pairs.push([name, value])
  }
  return { path, status, headers: pairs, text }
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}
