import { queryOptions, skipToken } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
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

export async function fetchTask(taskId: TaskId, signal?: AbortSignal): Promise<TaskWithTurns> {
  const { task, turns } = await apiFetch({
    ...taskRequest(taskId),
    signal,
    parse: (raw) => {
      const parsed = parseTaskResponse(raw)
      if (!parsed) throw new ApiError('invalid-shape', 'The response is not a task object.')
      return parsed
    },
  })
  if (turns) return { task, turns, shape: 'embedded' }
  const separate = await apiFetch({
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
          : ({ signal }) => trackFailures(signal, () => fetchTask(taskId, signal)),
      ...livePolling<TaskWithTurns>((data) => taskStatus(data.task.status).active),
    }),
}
