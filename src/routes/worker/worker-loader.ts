import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { isValidId } from '@/shared/ids'

/*
 * The worker's data is requested as the navigation starts, side by side with the route's
 * code, instead of after that code has loaded and rendered. The loader never waits for the
 * request (the view shows its own loading and error states), and the query module (with the
 * schema library) is imported here on demand so the home page stays light.
 */
export function workerLoader(queryClient: QueryClient) {
  return ({ params }: Pick<LoaderFunctionArgs, 'params'>) => {
    const { workerId, taskId } = params
    if (isValidId(workerId) && (taskId === undefined || isValidId(taskId))) {
      void prefetchWorker(queryClient, workerId, taskId ?? null)
    }
    return null
  }
}

async function prefetchWorker(queryClient: QueryClient, workerId: string, taskId: string | null) {
  const { workerQueries } = await import('@/api/worker/queries')
  await queryClient.prefetchQuery(workerQueries.detail(workerId, taskId))
}
