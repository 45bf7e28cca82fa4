// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createDemoApi } from './demo-api'
import { demoTasks } from './tasks'

type WireTurn = { seq: number; input: string; status: string; credits: number; files: unknown[] }
type Body = {
  task: { id: string; status: string; completedAt: string | null; totals: { turnCount: number } }
  turns: WireTurn[]
  items: WireTurn[]
  taskId: string
}

function setup() {
  let time = 1_700_000_000_000
  const app = createDemoApi({ now: () => time, liveDurationMs: 20_000 })
  const json = async (path: string) => {
    const res = await app.request(path)
    return { status: res.status, body: (await res.json()) as Body }
  }
  return { json, advance: (ms: number) => (time += ms) }
}

describe('demo task endpoints', () => {
  it('answers a task in the older shape with its turns inside, and no /turns', async () => {
    const { json } = setup()
    const { status, body } = await json('/api/tasks/tsk_demo-followups')
    expect(status).toBe(200)
    expect(Object.keys(body).sort()).toEqual(['task', 'turns'])
    expect(body.task).toMatchObject({
      id: 'tsk_demo-followups',
      workerId: 'wrk_demo-followups',
      status: 'completed',
      triggeredBy: 'ui',
      totals: { credits: 2000, durationMs: 41_000, turnCount: 3 },
    })
    expect(body.turns.map((t) => [t.seq, t.input])).toEqual([
      [0, 'Can I take a cargo e-bike on German trains?'],
      [1, 'And in the Netherlands?'],
      [2, 'Summarise both in a table.'],
    ])
    const credits = body.turns.reduce((sum, t) => sum + t.credits, 0)
    expect(credits).toBe(2000)
    expect((await json('/api/tasks/tsk_demo-followups/turns')).status).toBe(404)
  })

  it('answers a task in the current shape, with turns from /turns', async () => {
    const { json } = setup()
    const { body } = await json('/api/tasks/tsk_demo-market')
    expect(Object.keys(body)).toEqual(['task'])
    expect(body.task.totals.turnCount).toBe(2)
    const turns = await json('/api/tasks/tsk_demo-market/turns')
    expect(turns.status).toBe(200)
    expect(turns.body.taskId).toBe('tsk_demo-market')
    expect(turns.body.items).toHaveLength(2)
    expect(turns.body.items[1]?.files.length ?? 0).toBeGreaterThan(0)
  })

  it('reports the failed run as an error task', async () => {
    const { json } = setup()
    expect((await json('/api/tasks/tsk_demo-reviews')).body.task.status).toBe('error')
  })

  it('answers the problems run with its aborted follow-up between completed turns', async () => {
    const { json } = setup()
    const { body } = await json('/api/tasks/tsk_demo-problems/turns')
    expect(body.items.map((t) => t.status)).toEqual(['completed', 'aborted', 'completed'])
  })

  it('follows the live run: running, then completed', async () => {
    const { json, advance } = setup()
    await json('/api/workers/wrk_demo-live')
    advance(10_000)
    const running = await json('/api/tasks/tsk_demo-live')
    expect(running.body.task).toMatchObject({ status: 'running', completedAt: null })
    advance(15_000)
    expect((await json('/api/tasks/tsk_demo-live')).body.task.status).toBe('completed')
  })

  it('gives every task of the demo catalog a task object', async () => {
    const { json } = setup()
    for (const taskId of Object.keys(demoTasks)) {
      const { status, body } = await json(`/api/tasks/${taskId}`)
      expect(status, taskId).toBe(200)
      expect(body.task.id).toBe(taskId)
    }
  })

  it.each([
    ['/api/tasks/tsk_nope', 404],
    ['/api/tasks/toString', 404],
    ['/api/tasks/a..b', 400],
  ])('%s answers %d', async (path, code) => {
    const { json } = setup()
    expect((await json(path)).status).toBe(code)
  })
})
