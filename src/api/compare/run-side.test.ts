// @vitest-environment node
import type { TaskWithTurns } from '@/api/task/queries'
import { parseTaskResponse, parseTurns } from '@/api/task/schema'
import { type Worker, parseWorker } from '@/api/worker/schema'
import { type SideBuild, buildRunSide } from './run-side'

function run(body: Record<string, unknown>): Worker {
  const parsed = parseWorker({ status: 'completed', output_text: 'Run answer', ...body }, 'wrk_a')
  if (!parsed) throw new Error('not a worker')
  return parsed.worker
}

function task(totals: Record<string, unknown>, turns: Record<string, unknown>[]): TaskWithTurns {
  const parsed = parseTaskResponse({
    task: { id: 'tsk_a', workerId: 'wrk_a', title: 'Pricing', status: 'completed', totals },
  })
  if (!parsed) throw new Error('not a task')
  return { task: parsed.task, turns: parseTurns(turns), shape: 'separate' }
}

function ready(build: SideBuild) {
  if (build.kind !== 'ready') throw new Error(`expected a side, got ${build.kind}`)
  return build.side
}

const turns = [
  {
    seq: 0,
    status: 'completed',
    outputText: 'First',
    credits: 100,
    durationMs: 1000,
    inputTokens: 800,
    outputTokens: 50,
  },
  {
    seq: 1,
    status: 'error',
    outputText: 'Second',
    credits: 200,
    durationMs: 3000,
    inputTokens: 900,
    outputTokens: null,
    structuredOutput: { a: 1 },
  },
]
const source = { id: 's1', url: 'https://a.example/', title: 'A', type: 'url' }

describe('buildRunSide: a whole task', () => {
  it('compares the run: its answer, structured output, sources and usage', () => {
    const side = ready(
      buildRunSide({
        workerId: 'wrk_a',
        turn: null,
        run: run({
          structured_output: { x: 1 },
          sources: [source],
          usage: { credits: 12, durationMs: 34 },
        }),
        task: task({ credits: 300, durationMs: 4000 }, turns),
      }),
    )
    expect(side).toMatchObject({
      title: 'Pricing',
      turn: null,
      text: 'Run answer',
      structuredOutput: { x: 1 },
      sources: [{ url: 'https://a.example/', title: 'A' }],
      // Tokens only the turns report: their sums (a turn without the figure adds nothing).
      figures: { credits: 12, durationMs: 34, inputTokens: 1700, outputTokens: 50 },
    })
    expect(side.status.label).toBe('Completed')
  })

  it('takes the task totals where the run reports no usage, and the title once the task arrives', () => {
    const withTask = ready(
      buildRunSide({
        workerId: 'wrk_a',
        turn: null,
        run: run({}),
        task: task({ credits: 300, durationMs: 4000 }, []),
      }),
    )
    expect(withTask.figures).toEqual({
      credits: 300,
      durationMs: 4000,
      inputTokens: null,
      outputTokens: null,
    })
    const alone = ready(
      buildRunSide({ workerId: 'wrk_a', turn: null, run: run({}), task: undefined }),
    )
    expect(alone.title).toBeNull()
    expect(alone.figures).toEqual({
      credits: null,
      durationMs: null,
      inputTokens: null,
      outputTokens: null,
    })
  })

  it('waits for the run, not for the task', () => {
    expect(
      buildRunSide({ workerId: 'wrk_a', turn: null, run: undefined, task: task({}, turns) }),
    ).toEqual({
      kind: 'waiting',
    })
  })
})

describe('buildRunSide: one turn', () => {
  it("compares the turn's answer, structured output and figures, with the run's sources", () => {
    const side = ready(
      buildRunSide({
        workerId: 'wrk_a',
        turn: 1,
        run: run({ sources: [source] }),
        task: task({}, turns),
      }),
    )
    expect(side).toMatchObject({
      text: 'Second',
      structuredOutput: { a: 1 },
      sources: [{ url: 'https://a.example/' }],
      figures: { credits: 200, durationMs: 3000, inputTokens: 900, outputTokens: null },
    })
    expect(side.turn?.seq).toBe(1)
    expect(side.status.label).toBe('Failed')
  })

  it('shows without the run, its sources not known yet', () => {
    expect(
      ready(buildRunSide({ workerId: 'wrk_a', turn: 0, run: undefined, task: task({}, turns) }))
        .sources,
    ).toBeNull()
  })

  it('says so when the task has no such turn', () => {
    expect(
      buildRunSide({ workerId: 'wrk_a', turn: 5, run: run({}), task: task({}, turns) }),
    ).toEqual({
      kind: 'no-turn',
      seq: 5,
      turnCount: 2,
    })
    expect(buildRunSide({ workerId: 'wrk_a', turn: 0, run: run({}), task: undefined })).toEqual({
      kind: 'waiting',
    })
  })
})

describe('buildRunSide: the task of another worker', () => {
  it('refuses to show it under the worker the side names', () => {
    expect(
      buildRunSide({ workerId: 'wrk_b', turn: 0, run: undefined, task: task({}, turns) }),
    ).toEqual({ kind: 'other-worker', workerId: 'wrk_a' })
    expect(
      buildRunSide({ workerId: 'wrk_b', turn: null, run: run({}), task: task({}, turns) }),
    ).toEqual({ kind: 'other-worker', workerId: 'wrk_a' })
  })
})
