import type { Query, QueryClient } from '@tanstack/react-query'
import { appConfigQuery } from './app-config'

/**
 * Drops every answer fetched with the current credential (workers, tasks, files: every query
 * family but the app's own configuration), so another key never sees them and a revoked key's
 * answers are not shown again without a request. The one purge, for a 401 and for sign-out.
 *
 * `failed` (the query that just got the 401) stays, holding its error: the view may be about to
 * mount on it (the route loader asked first), and removing it would only send the request again.
 * Queries in use by a view keep their place but lose their data.
 */
export function forgetSessionData(client: QueryClient, failed?: Query<unknown, unknown>): void {
  const [configKey] = appConfigQuery.queryKey
  const fetchedWithKey = (query: Query) => query.queryKey[0] !== configKey
  client.removeQueries({
    type: 'inactive',
    predicate: (query) => fetchedWithKey(query) && query !== failed,
  })
  for (const query of client.getQueryCache().findAll({ predicate: fetchedWithKey })) {
    if (query.state.data !== undefined) query.setState({ data: undefined, dataUpdatedAt: 0 })
  }
}
