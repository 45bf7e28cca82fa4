import { z } from 'zod'
import { ApiError } from './api-error'

/** What our own server tells the page about itself (GET /_app/config). */
const appConfigSchema = z.object({
  mode: z.enum(['demo', 'live']),
  demoWorkers: z
    .array(
      z.object({
        workerId: z.string(),
        title: z.string(),
        summary: z.string(),
        taskIds: z.array(z.string()),
        kind: z.enum(['worker', 'error']),
      }),
    )
    .catch([]),
})

export type AppConfig = z.infer<typeof appConfigSchema>
export type DemoWorker = AppConfig['demoWorkers'][number]

export function parseAppConfig(raw: unknown): AppConfig {
  const parsed = appConfigSchema.safeParse(raw)
  if (!parsed.success)
    throw new ApiError('invalid-shape', 'The app configuration could not be read.')
  return parsed.data
}
