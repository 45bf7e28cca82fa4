import { queryOptions } from '@tanstack/react-query'
import { isValidId } from '@/shared/ids'
import { ApiError } from './api-error'
import { apiFetch } from './client'
import { type ParsedWorker, isActive, parseWorker } from './schema'

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
    parse: (raw) => {
      const parsed = parseWorker(raw, workerId)
      if (!parsed) throw new ApiError('invalid-shape', 'The response is not a worker object.')
      return parsed
    },
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
      queryFn: ({ signal }) => fetchWorker(workerId, taskId, signal),
      // Poll while the worker is live; a finished worker is final, so no refetch on focus either.
      refetchInterval: (query) => (isActive(query.state.data?.worker) ? POLL_INTERVAL_MS : false),
      staleTime: (query) => (isActive(query.state.data?.worker) ? 0 : Number.POSITIVE_INFINITY),
    }),
}
