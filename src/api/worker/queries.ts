import { queryOptions } from '@tanstack/react-query'
import { isValidId } from '@/shared/ids'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
import { markMayAppear, stopsPolling, trackFailures } from '@/api/retry'
import { type ParsedWorker, isActive, parseWorker } from '@/api/worker/schema'

export const POLL_INTERVAL_MS = 2000

export function fetchWorker(
  workerId: string,
  taskId: string | null,
  signal?: AbortSignal,
): Promise<ParsedWorker> {
  if (!isValidId(workerId) || (taskId !== null && !isValidId(taskId))) {
    return Promise.reject(new ApiError('invalid-id', 'This is not a valid worker or task ID.'))
  }
  return apiFetch({
    path: ['api', 'workers', workerId],
    query: { taskId },
    signal,
    reuseUnchanged: true,
    parse: (raw) => {
      const parsed = parseWorker(raw, workerId)
      if (!parsed) throw new ApiError('invalid-shape', 'The response is not a worker object.')
      return parsed
    },
  }).catch((error: unknown) => {
    // A task can 404 for a moment right after it is created; a worker's 404 is final.
    if (taskId !== null && error instanceof ApiError) markMayAppear(error)
    throw error
  })
}

// Keys go from general to specific so ['workers', id] invalidates every task of a worker.
export const workerQueries = {
  all: () => ['workers'] as const,
  worker: (workerId: string) => [...workerQueries.all(), workerId] as const,
  detail: (workerId: string, taskId: string | null) =>
    queryOptions({
      // null, not a word like 'latest', which could also be a task's ID.
      queryKey: [...workerQueries.worker(workerId), 'task', taskId] as const,
      queryFn: ({ signal }) => trackFailures(signal, () => fetchWorker(workerId, taskId, signal)),
      // Poll while the worker is live and nothing said to stop; a finished worker is final, so
      // no refetch on focus either.
      refetchInterval: (query) => (keepsPolling(query.state) ? POLL_INTERVAL_MS : false),
      // Fresh for one poll interval: the view mounting just after the loader's request (or a
      // second tab) does not ask again; polling itself goes by refetchInterval.
      staleTime: (query) =>
        keepsPolling(query.state) ? POLL_INTERVAL_MS : Number.POSITIVE_INFINITY,
      // The route's loader starts the request before the view mounts; a final error it got
      // (not found, no access) is not asked again just because the view then mounted.
      retryOnMount: false,
    }),
}

function keepsPolling(state: { data?: ParsedWorker; error: unknown }): boolean {
  return isActive(state.data?.worker) && !stopsPolling(state.error)
}
