import { queryOptions } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
import { trackFailures } from '@/api/retry'
import type { WorkerId } from '@/shared/ids'
import { type ExecutionsPage, parseExecutionsPage } from './execution-schema'
import { type WorkerSchedules, parseSchedules } from './schedule-schema'
import { type WebhookSettings, parseWebhook } from './webhook-schema'
import { lifeKey } from './keys'

/*
 * What a worker has done and will do: its delivery log, schedules and webhook. Keyed under the
 * worker (['workers', id, 'life', …]), so the session purge and anything that invalidates the
 * worker cover them. They change only when a run finishes or someone edits the worker, so they
 * are never polled and never go stale by themselves: the page refreshes them when its run
 * finishes and on its Refresh (refreshWorkerLife in keys.ts).
 */
function fetchLife<T>(
  signal: AbortSignal,
  path: string[],
  parse: (raw: unknown) => T | null,
  what: string,
  query?: Record<string, string>,
): Promise<T> {
  return trackFailures(signal, () =>
    apiFetch({
      path: ['api', 'workers', ...path],
      query,
      signal,
      parse: (raw) => {
        const parsed = parse(raw)
        if (!parsed) throw new ApiError('invalid-shape', `The ${what} answer is not an object.`)
        return parsed
      },
    }),
  )
}

const settled = { staleTime: Number.POSITIVE_INFINITY, retryOnMount: false } as const

export const lifeQueries = {
  all: lifeKey,
  executions: (workerId: WorkerId, page: number) =>
    queryOptions({
      queryKey: [...lifeQueries.all(workerId), 'executions', page] as const,
      queryFn: ({ signal }): Promise<ExecutionsPage> =>
        fetchLife(
          signal,
          [workerId, 'webhook', 'executions'],
          (raw) => parseExecutionsPage(raw, page),
          'delivery log',
          { page: String(page) },
        ),
      ...settled,
    }),
  schedules: (workerId: WorkerId) =>
    queryOptions({
      queryKey: [...lifeQueries.all(workerId), 'schedules'] as const,
      queryFn: ({ signal }): Promise<WorkerSchedules> =>
        fetchLife(signal, [workerId, 'schedules'], parseSchedules, 'schedules'),
      ...settled,
    }),
  webhook: (workerId: WorkerId) =>
    queryOptions({
      queryKey: [...lifeQueries.all(workerId), 'webhook'] as const,
      queryFn: ({ signal }): Promise<WebhookSettings> =>
        fetchLife(signal, [workerId, 'webhook'], parseWebhook, 'webhook'),
      ...settled,
    }),
}

/**
 * 403 on these reads is not a fault: only the worker's creator may see its runs, schedules and
 * webhook. The page says so calmly and does not ask again.
 */
export function isCreatorOnly(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'forbidden'
}
