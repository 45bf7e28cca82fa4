import { queryOptions } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
import { type ApiReader, type LiveView, readerFor } from '@/api/live-stream'
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
  read: ApiReader = apiFetch,
): Promise<ParsedWorker> {
  return read({
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

const isWorkerLive = (data: ParsedWorker) => workerStatus(data.worker).active

// Keys go from general to specific so ['workers', id] invalidates every task of a worker.
export const workerQueries = {
  all: () => ['workers'] as const,
  worker: (workerId: WorkerId) => [...workerQueries.all(), workerId] as const,
  detail: (workerId: WorkerId, taskId: TaskId | null) =>
    queryOptions({
      // null, not a word like 'latest', which could also be a task's ID.
      queryKey: [...workerQueries.worker(workerId), 'task', taskId] as const,
      queryFn: ({ signal, queryKey }) =>
        trackFailures(signal, () =>
          fetchWorker(workerId, taskId, signal, readerFor(queryKey, signal)),
        ),
      ...livePolling(isWorkerLive),
    }),
  /** The live watch of the same view (api/live-stream.ts). */
  live: (workerId: WorkerId, taskId: TaskId | null): LiveView<ParsedWorker> => ({
    target: { kind: 'worker', workerId, taskId },
    isLive: isWorkerLive,
  }),
}
