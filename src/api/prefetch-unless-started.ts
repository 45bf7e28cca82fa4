import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query'

/**
 * A route loader's early read: starts the query unless it was already started (or answered)
 * since `since`, the moment the navigation began. A loader imports the query's module before it
 * can ask, and the view may mount and read in the meantime, taking the answer that came with the
 * page; asking again would then read the same URL twice, from the network, even a final 404.
 */
export function prefetchUnlessStarted<TData, TKey extends QueryKey>(
  client: QueryClient,
  options: FetchQueryOptions<TData, Error, TData, TKey>,
  since: number,
): Promise<void> {
  const state = client.getQueryState(options.queryKey)
  const started =
    state !== undefined &&
    (state.fetchStatus !== 'idle' || Math.max(state.dataUpdatedAt, state.errorUpdatedAt) >= since)
  return started ? Promise.resolve() : client.prefetchQuery(options)
}
