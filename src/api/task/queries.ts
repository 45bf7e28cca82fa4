import { queryOptions, skipToken } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
import { type ApiReader, type LiveView, readerFor } from '@/api/live-stream'
import { livePolling } from '@/api/polling'
import { trackFailures } from '@/api/retry'
import { type Task, type Turn, parseTaskResponse, parseTurnsResponse } from '@/api/task/schema'
import { taskStatus } from '@/api/worker/status'
import type { TaskId } from '@/shared/ids'
import { taskRequest } from '@/shared/run-requests'

export type TaskWithTurns = {
  task: Task
  turns: Turn[]
  /** Which API shape answered: turns inside the task, or from `/turns`. */
  shape: 'embedded' | 'separate'
}

export async function fetchTask(
  taskId: TaskId,
  signal?: AbortSignal,
  read: ApiReader = apiFetch,
): Promise<TaskWithTurns> {
  const { task, turns } = await read({
    ...taskRequest(taskId),
    signal,
    parse: (raw) => {
      const parsed = parseTaskResponse(raw)
      if (!parsed) throw new ApiError('invalid-shape', 'The response is not a task object.')
      return parsed
    },
  })
  if (turns) return { task, turns, shape: 'embedded' }
  const separate = await read({
    path: ['api', 'tasks', taskId, 'turns'],
    signal,
    parse: (raw) => {
      const parsed = parseTurnsResponse(raw)
      if (!parsed) throw new ApiError('invalid-shape', 'The turns response is not a list.')
      return parsed
    },
  })
  return { task, turns: separate, shape: 'separate' }
}

const isTaskLive = (data: TaskWithTurns) => taskStatus(data.task.status).active

// Polled by the same rule as a worker: live while its status says so, until an error says stop.
export const taskQueries = {
  all: () => ['tasks'] as const,
  /** Null (a worker page without a task) makes a query that never asks. */
  detail: (taskId: TaskId | null) =>
    queryOptions({
      queryKey: [...taskQueries.all(), taskId] as const,
      queryFn:
        taskId === null
          ? skipToken
          : ({ signal, queryKey }) =>
              trackFailures(signal, () => fetchTask(taskId, signal, readerFor(queryKey, signal))),
      ...livePolling(isTaskLive),
    }),
  /** The live watch of the same task (api/live-stream.ts); none without a task. */
  live: (taskId: TaskId | null): LiveView<TaskWithTurns> => ({
    target: taskId === null ? null : { kind: 'task', taskId },
    isLive: isTaskLive,
  }),
}
