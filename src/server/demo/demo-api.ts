import { Hono } from 'hono'
import { ID_PATTERN } from '@/shared/ids'
import { DEMO_FILE_ROUTE } from '@/shared/preview-media'
import { fileResponse } from './demo-files'
import { errorResponse, jsonResponse } from './responses'
import { createScenarios } from './scenarios/registry'
import { buildTask, demoTaskDef, workerForTask } from './tasks'
import { addWorkerLifeRoutes } from './worker-life/life-routes'
import { createWorkerLives } from './worker-life/lives'

export type DemoOptions = { now?: () => number; liveDurationMs?: number }

const ALLOWED_METHODS = new Set(['GET', 'HEAD'])

/** The simulated Handinger API. Web-standard only: it also runs in jsdom tests through msw. */
export function createDemoApi(options: DemoOptions = {}): Hono {
  const now = options.now ?? Date.now
  const scenarios = createScenarios({ now, liveDurationMs: options.liveDurationMs ?? 20_000 })
  const app = new Hono()

  app.use('/api/*', async (c, next) => {
    if (!ALLOWED_METHODS.has(c.req.method)) {
      return errorResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' })
    }
    await next()
  })

  app.get('/api/workers/:workerId', (c) => {
    const workerId = c.req.param('workerId')
    if (!ID_PATTERN.test(workerId)) return errorResponse(400, 'Invalid worker ID')
    const taskId = c.req.query('taskId') ?? null
    if (taskId !== null && !ID_PATTERN.test(taskId)) return errorResponse(400, 'Invalid task ID')
    const scenario = scenarios.get(workerId)
    if (!scenario) return errorResponse(404, 'Worker not found')
    const fileUrl = (name: string) =>
      new URL(
        `${DEMO_FILE_ROUTE}/${encodeURIComponent(workerId)}/${encodeURIComponent(name)}`,
        c.req.url,
      ).href
    const ifNoneMatch = c.req.header('if-none-match') ?? null
    return scenario.handle({
      workerId,
      taskId,
      fileUrl,
      ifNoneMatch,
      cookie: c.req.header('Cookie'),
    })
  })

  app.get(`${DEMO_FILE_ROUTE}/:workerId/:fileName`, (c) => {
    const workerId = c.req.param('workerId')
    if (!ID_PATTERN.test(workerId)) return errorResponse(400, 'Invalid worker ID')
    const file = scenarios.get(workerId)?.file(c.req.param('fileName'))
    return file ? fileResponse(file) : errorResponse(404, 'File not found')
  })

  // Tasks: `{ task, turns }` for the older shape, `{ task }` plus `/turns` for the current one.
  async function taskFor(taskId: string, url: string) {
    const def = demoTaskDef(taskId)
    const scenario = def && scenarios.get(def.workerId)
    if (!def || !scenario) return null
    const worker = await workerForTask(scenario, taskId, def, url)
    return worker ? { def, ...buildTask(taskId, def, worker, now()) } : null
  }

  app.get('/api/tasks/:taskId', async (c) => {
    const taskId = c.req.param('taskId')
    if (!ID_PATTERN.test(taskId)) return errorResponse(400, 'Invalid task ID')
    const found = await taskFor(taskId, c.req.url)
    if (!found) return errorResponse(404, 'Task not found')
    return jsonResponse(
      found.def.shape === 'embedded'
        ? { task: found.task, turns: found.turns }
        : { task: found.task },
    )
  })

  app.get('/api/tasks/:taskId/turns', async (c) => {
    const taskId = c.req.param('taskId')
    if (!ID_PATTERN.test(taskId)) return errorResponse(400, 'Invalid task ID')
    const found = await taskFor(taskId, c.req.url)
    // The older API had no /turns endpoint: its tasks answer 404 here, as it did.
    if (!found || found.def.shape === 'embedded') return errorResponse(404, 'Not found')
    return jsonResponse({ items: found.turns, taskId })
  })

  addWorkerLifeRoutes(app, {
    knows: (workerId) => scenarios.has(workerId),
    lives: createWorkerLives(now),
  })

  app.all('/api/*', () => errorResponse(404, 'Not found'))
  app.notFound(() => errorResponse(404, 'Not found'))
  return app
}
