// @vitest-environment node
import { createDemoApi } from '../demo-api'
import type { WebhookExecution } from '../worker-life/worker-life'
import type { WireWorker } from '../wire'

/* Every run of the price watch is a real task: as a task, as its turns and as a worker run. */

const NOW = Date.parse('2026-07-15T10:30:00Z')
const WORKER = '/api/workers/wrk_demo-scheduled'

type Task = {
  id: string
  workerId: string
  title: string
  status: string
  triggeredBy: string
  createdAt: string
  completedAt: string | null
  totals: { credits: number; durationMs: number }
}

function setup(now = NOW) {
  const app = createDemoApi({ now: () => now })
  return async <T>(path: string) => {
    const res = await app.request(path)
    return { status: res.status, body: (await res.json()) as T }
  }
}

async function allDeliveries(get: ReturnType<typeof setup>) {
  const logs: WebhookExecution[] = []
  for (const page of [1, 2, 3]) {
    const { body } = await get<{ logs: WebhookExecution[] }>(
      `${WORKER}/webhook/executions?page=${page}`,
    )
    logs.push(...body.logs)
  }
  return logs
}

describe('wrk_demo-scheduled runs', () => {
  it('resolve every delivery to a task, its turns and the worker run it names', async () => {
    const get = setup()
    const logs = await allDeliveries(get)
    expect(logs).toHaveLength(130)
    for (const log of logs) {
      const taskId = log.taskId ?? ''
      const task = await get<{ task: Task }>(`/api/tasks/${taskId}`)
      expect(task.status, taskId).toBe(200)
      expect(task.body.task).toMatchObject({
        id: taskId,
        workerId: 'wrk_demo-scheduled',
        title: log.taskTitle,
        triggeredBy: 'schedule',
      })
      // The delivery went out when the task had finished.
      expect(Date.parse(log.createdAt)).toBeGreaterThanOrEqual(
        Date.parse(task.body.task.completedAt ?? ''),
      )
      const turns = await get<{ items: unknown[] }>(`/api/tasks/${taskId}/turns`)
      expect(turns.status).toBe(200)
      expect(turns.body.items).toHaveLength(1)
      const run = await get<WireWorker>(`${WORKER}?taskId=${taskId}`)
      expect(run.status).toBe(200)
      expect(run.body.created_at * 1000).toBe(Date.parse(task.body.task.createdAt))
      expect(run.body.url).toContain(taskId)
    }
  })

  it('include failed runs, listed with their deliveries', async () => {
    const get = setup()
    const logs = await allDeliveries(get)
    const failed: string[] = []
    for (const log of logs) {
      const { body } = await get<{ task: Task }>(`/api/tasks/${log.taskId}`)
      if (body.task.status === 'error') failed.push(log.taskId ?? '')
    }
    expect(failed).toEqual(['tsk_demo-scheduled-126', 'tsk_demo-scheduled-071'])
    // One on the first page of the list.
    expect(logs.slice(0, 50).map((log) => log.taskId)).toContain('tsk_demo-scheduled-126')
    const run = await get<WireWorker>(`${WORKER}?taskId=tsk_demo-scheduled-126`)
    expect(run.body.error).toMatchObject({ code: 'tool_error' })
    expect(run.body.structured_output).toBeNull()
  })

  it('differ from run to run, the newest ones visibly', async () => {
    const get = setup()
    const runs: WireWorker[] = []
    for (const n of ['130', '129', '128', '127']) {
      runs.push((await get<WireWorker>(`${WORKER}?taskId=tsk_demo-scheduled-${n}`)).body)
    }
    const [newest, previous] = runs
    expect(newest?.output_text).toContain('Tern GSD S10 down €400 to €4,749')
    expect(previous?.output_text).toContain('Urban Arrow Family up €150 to €6,049')
    expect(newest?.structured_output).toMatchObject({
      prices: expect.arrayContaining([
        { brand: 'Tern', model: 'GSD S10', priceEur: 4749, changeEur: -400 },
      ]),
    })
    expect(previous?.structured_output).toMatchObject({ unreachable: ['Babboe'] })
    const distinct = <T>(values: T[]) => new Set(values.map((v) => JSON.stringify(v))).size
    expect(distinct(runs.map((r) => r.output_text))).toBe(4)
    expect(distinct(runs.map((r) => r.structured_output))).toBe(4)
    expect(distinct(runs.map((r) => r.usage?.credits))).toBeGreaterThan(2)
    expect(distinct(runs.map((r) => r.usage?.durationMs))).toBe(4)
    expect(distinct(runs.map((r) => r.sources.map((s) => s.url)))).toBeGreaterThan(2)
  })

  it('answer the newest run without a taskId, and 404 for runs that do not exist', async () => {
    const get = setup()
    const latest = await get<WireWorker>(WORKER)
    const newest = await get<WireWorker>(`${WORKER}?taskId=tsk_demo-scheduled-130`)
    expect(latest.body.output_text).toBe(newest.body.output_text)
    for (const taskId of [
      'tsk_demo-scheduled-131',
      'tsk_demo-scheduled-000',
      'tsk_demo-scheduled-1',
    ]) {
      expect((await get(`${WORKER}?taskId=${taskId}`)).status, taskId).toBe(404)
      expect((await get(`/api/tasks/${taskId}`)).status, taskId).toBe(404)
    }
  })

  it('start at 07:00 in Madrid, summer and winter alike', async () => {
    const summer = await setup()<WireWorker>(WORKER)
    expect(new Date(summer.body.created_at * 1000).toISOString()).toMatch(/^2026-07-15T05:00:\d\d/)
    // Saturday 10 January 2026: the newest run is Friday's, at 06:00 UTC.
    const winter = await setup(Date.parse('2026-01-10T12:00:00Z'))<WireWorker>(WORKER)
    expect(new Date(winter.body.created_at * 1000).toISOString()).toMatch(/^2026-01-09T06:00:\d\d/)
    expect(winter.body.output_text).toContain('Fri 9 Jan 2026')
  })
})
