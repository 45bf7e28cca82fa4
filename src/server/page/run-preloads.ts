import { parseId } from '@/shared/ids'
import { relativeApiUrl, taskRequest, workerRequest } from '@/shared/run-requests'
import type { HeadTags } from './page-html'
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

/** What the page at `pathname` (as requested, still encoded) starts by loading, or null. */
export function runPagePreloads(pathname: string, chunks: RouteChunks): PagePreloads | null {
  const worker = WORKER_PAGE.exec(pathname)
  if (worker) {
    const workerId = parseId('worker', worker[1])
    if (!workerId) return null
    return { data: [relativeApiUrl(workerRequest(workerId, null))], modules: chunks.worker }
  }
  const task = TASK_PAGE.exec(pathname)
  if (task) {
    const workerId = parseId('worker', task[1])
    const taskId = parseId('task', task[2])
    if (!workerId || !taskId) return null
    // The loader asks for both at once: the worker as of this task, and the task's turns.
    const data = [workerRequest(workerId, taskId), taskRequest(taskId)].map(relativeApiUrl)
    return { data, modules: chunks.task }
  }
  const resolve = TASK_RESOLVE_PAGE.exec(pathname)
  if (resolve) {
    const taskId = parseId('task', resolve[1])
    if (!taskId) return null
    return { data: [relativeApiUrl(taskRequest(taskId))], modules: chunks.taskResolve }
  }
  return null
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

/** The head tags of the page at `pathname`, or null when it preloads nothing. */
export function runPageHead(pathname: string, chunks: RouteChunks): HeadTags | null {
  const preloads = runPagePreloads(pathname, chunks)
  return preloads ? (nonce) => preloadTags(preloads, nonce) : null
}
