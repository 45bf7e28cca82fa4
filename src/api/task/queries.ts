import { queryOptions } from '@tanstack/react-query'
import { isValidId } from '@/shared/ids'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
import { POLL_INTERVAL_MS } from '@/api/worker/queries'
import {
  type Task,
  type Turn,
  isTaskActive,
  parseTaskResponse,
  parseTurnsResponse,
} from '@/api/task/schema'

export type TaskWithTurns = {
  task: Task
  turns: Turn[]
  /** Which API shape answered: turns inside the task, or from `/turns`. */
  shape: 'embedded' | 'separate'
}

export async function fetchTask(taskId: string, signal?: AbortSignal): Promise<TaskWithTurns> {
  if (!isValidId(taskId)) throw new ApiError('invalid-id', 'This is not a valid task ID.')
  const { task, turns } = await apiFetch({
    path: ['api', 'tasks', taskId],
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

export const taskQueries = {
  all: () => ['tasks'] as const,
  detail: (taskId: string) =>
    queryOptions({
      queryKey: [...taskQueries.all(), taskId] as const,
      queryFn: ({ signal }) => fetchTask(taskId, signal),
      refetchInterval: (query) => (isTaskActive(query.state.data?.task) ? POLL_INTERVAL_MS : false),
      staleTime: (query) => (isTaskActive(query.state.data?.task) ? 0 : Number.POSITIVE_INFINITY),
    }),
}
