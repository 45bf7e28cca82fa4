import { useQuery } from '@tanstack/react-query'
import { Link, Navigate, useLoaderData } from 'react-router'
import { ApiError } from '@/api/api-error'
import { taskQueries } from '@/api/task/queries'
import { workerHref } from '@/config/paths'
import { primaryButton } from '@/components/ui/styles'
import { type TaskId, parseId } from '@/shared/ids'
import type { taskResolveLoader } from '@/routes/worker/worker-loader'
import { RequestFailed, Retrying } from '@/routes/worker/request-status'
import { WorkerSkeleton } from '@/routes/worker/worker-skeleton'

/** `/tasks/:taskId`: finds the task's worker through the task endpoint and opens the task page. */
export function TaskResolveRoute() {
  const { taskId } = useLoaderData<typeof taskResolveLoader>()
  return <Resolve key={taskId} taskId={taskId} />
}

function Resolve({ taskId }: { taskId: TaskId }) {
  const query = useQuery({ ...taskQueries.detail(taskId), refetchInterval: false })
  const workerId = parseId('worker', query.data?.task.workerId)
  if (query.data && workerId) {
    return <Navigate replace to={workerHref(workerId, taskId)} />
  }
  const title = `Task ${taskId} · Handinger Worker Inspector`
  if (query.data) {
    return (
      <>
        <title>{title}</title>
        <RequestFailed
          error={
            new ApiError(
              'invalid-shape',
              `Task ${taskId} does not name a valid worker, so it cannot be opened.`,
            )
          }
        />
      </>
    )
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.kind === 'not-found'
    return (
      <>
        <title>{title}</title>
        {notFound ? <TaskNotFound taskId={taskId} /> : <RequestFailed error={query.error} />}
      </>
    )
  }
  return (
    <>
      <title>{title}</title>
      <WorkerSkeleton
        note={
          query.failureReason || query.fetchStatus === 'paused' ? (
            <Retrying
              reason={query.failureReason}
              failures={query.failureCount}
              retryAt={null}
              offline={query.fetchStatus === 'paused'}
              taskId={taskId}
            />
          ) : null
        }
      />
    </>
  )
}

function TaskNotFound({ taskId }: { taskId: string }) {
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6 dark:border-red-900/60 dark:bg-slate-900"
    >
      <h1 className="text-xl font-semibold text-red-800 dark:text-red-300">Task not found</h1>
      <p className="mt-2 break-words text-slate-700 dark:text-slate-300">
        Handinger has no task with the ID {taskId}. It may have been deleted, or the ID may be
        mistyped.
      </p>
      <Link to="/" className={`mt-4 inline-block ${primaryButton}`}>
        Open another worker
      </Link>
    </div>
  )
}
