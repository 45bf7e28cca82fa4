import type { Hono } from 'hono'
import { ID_PATTERN } from '@/shared/ids'
import { errorResponse, jsonResponse } from '../responses'
import { type CreatorLife, QUIET_LIFE, type WorkerLife } from './worker-life'

/* The three creator-only reads of the simulated Handinger: webhook, deliveries, schedules. */
export const PAGE_SIZE = 50
export const NOT_CREATOR_MESSAGE = 'Only the worker creator can access its webhook and schedules.'

type LifeOptions = {
  /** Whether the demo knows this worker at all. */
  knows: (workerId: string) => boolean
  /** The workers with a life of their own; every other known worker has a quiet one. */
  lives: ReadonlyMap<string, WorkerLife>
}

export function addWorkerLifeRoutes(app: Hono, options: LifeOptions): void {
  // The worker's life, or the error response that answers instead.
  function lifeOf(workerId: string): CreatorLife | Response {
    if (!ID_PATTERN.test(workerId)) return errorResponse(400, 'Invalid worker ID')
    if (!options.knows(workerId)) return errorResponse(404, 'Worker not found')
    const life = options.lives.get(workerId) ?? QUIET_LIFE
    return life.kind === 'creator' ? life : errorResponse(403, NOT_CREATOR_MESSAGE)
  }

  app.get('/api/workers/:workerId/webhook', (c) => {
    const life = lifeOf(c.req.param('workerId'))
    return life instanceof Response ? life : jsonResponse(life.webhook())
  })

  app.get('/api/workers/:workerId/schedules', (c) => {
    const workerId = c.req.param('workerId')
    const life = lifeOf(workerId)
    if (life instanceof Response) return life
    return jsonResponse({ schedules: life.schedules(), workerId, timezone: life.timezone })
  })

  app.get('/api/workers/:workerId/webhook/executions', (c) => {
    const life = lifeOf(c.req.param('workerId'))
    if (life instanceof Response) return life
    const rawPage = c.req.query('page') ?? '1'
    if (!/^[1-9][0-9]{0,5}$/.test(rawPage)) return errorResponse(400, 'Invalid page')
    const page = Number(rawPage)
    const deliveries = life.deliveries()
    const start = (page - 1) * PAGE_SIZE
    return jsonResponse({
      logs: deliveries.slice(start, start + PAGE_SIZE),
      page,
      pageCount: Math.ceil(deliveries.length / PAGE_SIZE),
      totalCount: deliveries.length,
    })
  })
}
