import type { TaskId, WorkerId } from './ids'

/*
 * The requests a run page starts with, written once for the page (its queries) and the server
 * (which names the same URLs in the page's head, so the browser fetches them with the navigation
 * and the queries pick the answers up: the URL must match to the byte).
 */
export type Query = Record<string, string | null | undefined>

export type ApiTarget = { path: string[]; query?: Query }

export function workerRequest(workerId: WorkerId, taskId: TaskId | null): ApiTarget {
  return { path: ['api', 'workers', workerId], query: { taskId } }
}

export function taskRequest(taskId: TaskId): ApiTarget {
  return { path: ['api', 'tasks', taskId] }
}

/** `/api/…?…` for a target: segments encoded, empty query values left out. */
export function relativeApiUrl({ path, query = {} }: ApiTarget): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const search = params.toString()
  return `/${path.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`
}
