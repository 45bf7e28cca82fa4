import {
  type QueryKey,
  type QueryState,
  notifyManager,
  useQueryClient,
} from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'

/**
 * One value read from a query's state, for the small component that shows it: that component
 * re-renders when the value changes, and nothing else does. Unlike a second `useQuery`, this adds
 * no observer, so it never fetches or polls by itself.
 */
export function useQueryStateValue<T extends string | number | boolean | null>(
  queryKey: QueryKey,
  select: (state: QueryState | undefined) => T,
): T {
  const client = useQueryClient()
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(notifyManager.batchCalls(onChange)),
    [client],
  )
  const read = () => select(client.getQueryState(queryKey))
  return useSyncExternalStore(subscribe, read, read)
}
