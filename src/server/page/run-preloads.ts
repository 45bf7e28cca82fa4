import { type TaskId, type WorkerId, parseId } from '@/shared/ids'
import { relativeApiUrl, taskRequest, workerRequest } from '@/shared/run-requests'
import type { RouteChunks } from './route-chunks'

/*
 * A run page's data starts with the navigation: the page's head names the /api requests its
 * queries start with (rel=preload as=fetch, crossorigin like fetch's defaults, so the query's
 * own fetch takes the answer over) and the route's chunks (rel=modulepreload). Only for
 * addresses whose IDs pass the one ID rule; any other path preloads nothing.
 */
export type PagePreloads = { data: string[]; modules: readonly string[] }

const WORKER_PAGE = /^\/workers\/([^/]+)$/
const TASK_PAGE = /^\/workers\/([^/]+)\/tasks\/([^/]+)$/
const TASK_RESOLVE_PAGE = /^\/tasks\/([^/]+)$/

/** Which run a page address shows, its IDs checked by the one ID rule; null for other pages. */
export type RunPage =
  | { kind: 'worker'; workerId: WorkerId; taskId: TaskId | null }
  | { kind: 'task-resolve'; taskId: TaskId }

export function runPageAt(pathname: string): RunPage | null {
  const worker = WORKER_PAGE.exec(pathname)
  if (worker) {
    const workerId = parseId('worker', worker[1])
    return workerId ? { kind: 'worker', workerId, taskId: null } : null
  }
  const task = TASK_PAGE.exec(pathname)
  if (task) {
    const workerId = parseId('worker', task[1])
    const taskId = parseId('task', task[2])
    return workerId && taskId ? { kind: 'worker', workerId, taskId } : null
  }
  const resolve = TASK_RESOLVE_PAGE.exec(pathname)
  if (resolve) {
    const taskId = parseId('task', resolve[1])
    return taskId ? { kind: 'task-resolve', taskId } : null
  }
  return null
}

/** The /api reads a run page's queries start with (a task page asks for both at once). */
export function runPageReads(page: RunPage): string[] {
  if (page.kind === 'task-resolve') return [relativeApiUrl(taskRequest(page.taskId))]
  const { workerId, taskId } = page
  const reads = [workerRequest(workerId, taskId)]
  if (taskId) reads.push(taskRequest(taskId))
  return reads.map(relativeApiUrl)
}

/** What the page at `pathname` (as requested, still encoded) starts by loading, or null. */
export function runPagePreloads(pathname: string, chunks: RouteChunks): PagePreloads | null {
  const page = runPageAt(pathname)
  if (!page) return null
  const modules =
    page.kind === 'task-resolve' ? chunks.taskResolve : page.taskId ? chunks.task : chunks.worker
  return { data: runPageReads(page), modules }
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')

/** The head's tags; scripts need the page's nonce (script-src), a fetch preload does not. */
export function preloadTags({ data, modules }: PagePreloads, nonce: string): string {
  const fetches = data.map(
    (href) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(href)}">`,
  )
  const scripts = modules.map(
    (href) =>
      `<link rel="modulepreload" crossorigin href="${escapeAttribute(href)}" nonce="${nonce}">`,
  )
  return [...fetches, ...scripts].join('\n')
}
