import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useLoaderData } from 'react-router'
import { type CompareSide, type RunRef, isSavedRef, parseCompareSide } from '@/config/paths'
import { prefetchUnlessStarted } from '@/api/prefetch-unless-started'

/** One side of `/compare?a=…&b=…` as the address gave it, and what it names when valid. */
export type SideParam = { raw: string | null; ref: CompareSide | null }

export type CompareParams = { a: SideParam; b: SideParam }

/*
 * `/compare` reads its two run references here, once. With both valid, the four reads (run and
 * task of each side) start with the navigation, beside the page's code; the page shows its own
 * loading and error states, so the loader never waits. The query modules load on demand, as in
 * the worker loader, so the home page stays light.
 */
export function compareLoader(queryClient: QueryClient) {
  return ({ request }: Pick<LoaderFunctionArgs, 'request'>): CompareParams => {
    const query = new URL(request.url).searchParams
    const side = (name: string): SideParam => {
      const raw = query.get(name)
      return { raw, ref: parseCompareSide(raw) }
    }
    const params = { a: side('a'), b: side('b') }
    if (params.a.ref && params.b.ref) {
      // A run opened from a file is read from this tab, never fetched.
      const runs = [params.a.ref, params.b.ref].filter((ref): ref is RunRef => !isSavedRef(ref))
      void prefetch(queryClient, runs, Date.now())
    }
    return params
  }
}

export function useCompareParams(): CompareParams {
  return useLoaderData<ReturnType<typeof compareLoader>>()
}

async function prefetch(queryClient: QueryClient, refs: RunRef[], since: number) {
  const [{ workerQueries }, { taskQueries }] = await Promise.all([
    import('@/api/worker/queries'),
    import('@/api/task/queries'),
  ])
  await Promise.all(
    refs.flatMap(({ workerId, taskId }) => [
      prefetchUnlessStarted(queryClient, workerQueries.detail(workerId, taskId), since),
      prefetchUnlessStarted(queryClient, taskQueries.detail(taskId), since),
    ]),
  )
}
