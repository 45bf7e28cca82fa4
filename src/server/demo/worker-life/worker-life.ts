/*
 * A worker's life as the simulated Handinger tells it (handinger-api.md §5.6): its webhook with
 * the raw URL and token (the app's trust boundary rewrites them, as it does Handinger's), its
 * deliveries newest first, and its schedules. The routes are creator-only.
 */
export type WebhookExecution = {
  id: string
  createdAt: string
  durationMs: number
  errorMessage: string | null
  requestStatus: 'success' | 'error'
  responseStatus: number | null
  taskId: string | null
  taskTitle: string | null
  url: string
  workerId: string
}

type ScheduleBase = { id: string; budget: string; input: string; nextRunAt: string }

export type WorkerSchedule = ScheduleBase &
  (
    | { type: 'scheduled' }
    | { type: 'delayed'; delayInSeconds: number }
    | { type: 'cron'; cron: string }
    | { type: 'interval'; intervalSeconds: number }
  )

export type CreatorLife = {
  kind: 'creator'
  timezone: string
  webhook: () => { url: string | null; token: string | null }
  schedules: () => WorkerSchedule[]
  /** Every delivery, newest first; paged by the route. */
  deliveries: () => WebhookExecution[]
}

/** `not-creator`: the key in use did not create the worker, so every life route answers 403. */
export type WorkerLife = CreatorLife | { kind: 'not-creator' }

/** What a worker without a webhook or schedules answers. */
export const QUIET_LIFE: WorkerLife = {
  kind: 'creator',
  timezone: 'UTC',
  webhook: () => ({ url: null, token: null }),
  schedules: () => [],
  deliveries: () => [],
}

export const NOT_CREATOR: WorkerLife = { kind: 'not-creator' }
