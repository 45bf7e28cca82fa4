import { useWatchedQuery } from '@/api/live-stream'
import type { Task, Turn } from '@/api/task/schema'
import { taskQueries } from '@/api/task/queries'
import { type RunStatus, type WorkerFacts, workerStatus } from '@/api/worker/status'
import { useWatchControls } from '@/app/watch-store'
import type { TaskId } from '@/shared/ids'

/**
 * The status a run view shows, with its task's own status winning on a task page (the Task
 * knows error and aborted). It shares the task section's query, so it costs no extra request,
 * and a component that calls it renders again only when the task's data changes.
 */
export function useRunStatus(
  worker: WorkerFacts,
  taskId: TaskId | null,
): { status: RunStatus; task: Task | null; turns: Turn[] | null } {
  const task = useWatchedQuery(
    taskQueries.detail(taskId),
    taskQueries.live(taskId),
    useWatchControls(),
  )
  const data = task.data?.task ?? null
  return { status: workerStatus(worker, data?.status), task: data, turns: task.data?.turns ?? null }
}
