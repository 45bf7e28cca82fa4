import { queryOptions } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
import { livePolling } from '@/api/polling'
import { markMayAppear, trackFailures } from '@/api/retry'
import { type ParsedWorker, parseWorker } from '@/api/worker/schema'
import { workerStatus } from '@/api/worker/status'
import type { TaskId, WorkerId } from '@/shared/ids'
import { workerRequest } from '@/shared/run-requests'

export function fetchWorker(
  workerId: WorkerId,
  taskId: TaskId | null,
  signal?: AbortSignal,
): Promise<ParsedWorker> {
  return apiFetch({
    ...workerRequest(workerId, taskId),
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
  worker: (workerId: WorkerId) => [...workerQueries.all(), workerId] as const,
  detail: (workerId: WorkerId, taskId: TaskId | null) =>
    queryOptions({
      // null, not a word like 'latest', which could also be a task's ID.
      queryKey: [...workerQueries.worker(workerId), 'task', taskId] as const,
      queryFn: ({ signal }) => trackFailures(signal, () => fetchWorker(workerId, taskId, signal)),
      ...livePolling<ParsedWorker>((data) => workerStatus(data.worker).active),
    }),
}
