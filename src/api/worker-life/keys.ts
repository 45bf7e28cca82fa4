import type { QueryClient } from '@tanstack/react-query'
import { workerQueries } from '@/api/worker/queries'
import type { WorkerId } from '@/shared/ids'

/*
 * The key family of a worker's life (runs, schedules, webhook), apart from the queries so the
 * run page can refresh them without loading their parsers before it needs them.
 */
export function lifeKey(workerId: WorkerId) {
  return [...workerQueries.worker(workerId), 'life'] as const
}

/**
 * Asks again for what is shown of the worker's life (only what is on screen refetches). A read
 * that failed is left alone: a refusal (403) stays one, and any other failure has its own
 * "Try again".
 */
export function refreshWorkerLife(client: QueryClient, workerId: WorkerId): Promise<void> {
  return client.invalidateQueries({
    queryKey: lifeKey(workerId),
    predicate: (query) => query.state.status === 'success',
  })
}
