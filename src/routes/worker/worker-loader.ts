import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useLoaderData } from 'react-router'
import { ApiError } from '@/api/api-error'
import { prefetchUnlessStarted } from '@/api/prefetch-unless-started'
import { type TaskId, type WorkerId, parseId } from '@/shared/ids'

export type RunIds = { workerId: WorkerId; taskId: TaskId | null }

type Params = Pick<LoaderFunctionArgs, 'params'>

/*
 * The IDs of `/workers/:workerId` and `/workers/:workerId/tasks/:taskId` are checked here, once,
 * and the page reads them typed from the loader's data (useRunIds). An address that cannot name
 * a worker fails the route with an 'invalid-id' error, which the route's error view explains.
 *
 * The worker's data is requested as the navigation starts, side by side with the route's code,
 * instead of after that code has loaded and rendered. The loader never waits for the request
 * (the view shows its own loading and error states), and the query module (with the schema) is
 * imported here on demand so the home page stays light.
 */
export function workerLoader(queryClient: QueryClient) {
  return ({ params }: Params): RunIds => {
    const ids = runIdsOf(params)
    const reads = prefetchWorker(queryClient, ids, Date.now())
    firstReads ??= reads
    return ids
  }
}

let firstReads: Promise<void> | null = null

/**
 * The first run page's reads, settled (with data or an error), or null when the first page is
 * not a run: a first screen drawn by the server stays until then, so the app replaces it with
 * the run rather than with its loading state (main.tsx).
 */
export function firstRunReads(): Promise<void> | null {
  return firstReads
}

export function runIdsOf({ workerId, taskId }: Params['params']): RunIds {
  const worker = parseId('worker', workerId)
  const task = taskId === undefined ? null : parseId('task', taskId)
  if (!worker || (taskId !== undefined && !task)) {
    throw new ApiError(
      'invalid-id',
      'IDs use only letters, digits, "-" and "_", so this address cannot name a worker or task.',
    )
  }
  return { workerId: worker, taskId: task }
}

/** `/tasks/:taskId`: the task's ID, checked; its worker is found by the page. */
export function taskResolveLoader({ params }: Params): { taskId: TaskId } {
  const taskId = parseId('task', params.taskId)
  if (!taskId) {
    throw new ApiError(
      'invalid-id',
      'IDs use only letters, digits, "-" and "_", so this address cannot name a task.',
    )
  }
  return { taskId }
}

/** The checked IDs of the run page being rendered. */
export function useRunIds(): RunIds {
  return useLoaderData<ReturnType<typeof workerLoader>>()
}

// A task page also shows the task itself: both requests start together (the same two the
// server names in a first visit's page, server/page/run-preloads.ts).
async function prefetchWorker(
  queryClient: QueryClient,
  { workerId, taskId }: RunIds,
  since: number,
) {
  const [{ workerQueries }, { taskQueries }] = await Promise.all([
    import('@/api/worker/queries'),
    taskId ? import('@/api/task/queries') : { taskQueries: null },
  ])
  await Promise.all([
    prefetchUnlessStarted(queryClient, workerQueries.detail(workerId, taskId), since),
    taskQueries && taskId
      ? prefetchUnlessStarted(queryClient, taskQueries.detail(taskId), since)
      : null,
  ])
}
