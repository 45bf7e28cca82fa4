// @vitest-environment node
import { parseTaskResponse, parseTurnsResponse } from '@/api/task/schema'
import { workerId, taskId } from '@/test/ids'

const task = {
  id: 'tsk_1',
  workerId: workerId('wrk_1'),
  title: 'T',
  status: 'running',
  triggeredBy: 'api',
  createdAt: '2026-07-14T09:00:00.000Z',
  completedAt: null,
  totals: { credits: 42, durationMs: 25812, turnCount: 2 },
  url: 'https://v3.handinger.com/worker/wrk_1/task/tsk_1',
}

describe('task schema', () => {
  it('reads the older shape with turns inside, sorted by seq', () => {
    const parsed = parseTaskResponse({
      task,
      turns: [
        { id: 'b', seq: 1, input: 'second', credits: 2 },
        {
          id: 'a',
          seq: 0,
          input: 'first',
          credits: -5,
          files: [{ url: 'u', mediaType: 'text/plain' }, 3],
        },
      ],
    })
    expect(parsed?.task).toMatchObject({ id: 'tsk_1', status: 'running', totals: { turnCount: 2 } })
    expect(parsed?.turns?.map((t) => t.input)).toEqual(['first', 'second'])
    // A nonsense value becomes unknown instead of failing the turn; a bad file is left out.
    expect(parsed?.turns?.[0]?.credits).toBeNull()
    expect(parsed?.turns?.[0]?.files).toHaveLength(1)
  })

  it('reads the current shape without turns, and the /turns list', () => {
    expect(parseTaskResponse({ task })?.turns).toBeNull()
    expect(
      parseTurnsResponse({ items: [{ id: 'x', seq: 0 }], taskId: taskId('tsk_1') }),
    ).toHaveLength(1)
    expect(parseTurnsResponse({ taskId: taskId('tsk_1') })).toBeNull()
  })

  // A counterexample of the generated-body tests (src/test/fuzz): two turns of 1e308 ms made
  // the timeline's span Infinity and its bars NaN wide.
  it('leaves out figures too large to be real, as the worker schema does', () => {
    const huge = { durationMs: 1e308, credits: 1e13, inputTokens: 2 ** 64, outputTokens: 1e12 }
    const parsed = parseTaskResponse({
      task: { ...task, totals: { credits: 1e308, durationMs: 1e12, turnCount: 1e300 } },
      turns: [{ id: 'a', seq: 0, ...huge }],
    })
    expect(parsed?.task.totals).toEqual({ credits: null, durationMs: 1e12, turnCount: null })
    expect(parsed?.turns?.[0]).toMatchObject({
      durationMs: null,
      credits: null,
      inputTokens: null,
      outputTokens: 1e12,
    })
  })

  it('refuses what is not a task', () => {
    expect(parseTaskResponse(null)).toBeNull()
    expect(parseTaskResponse({ task: { title: 'no id' } })).toBeNull()
  })

  it('keeps totals readable when they are missing', () => {
    const { totals, ...rest } = task
    expect(parseTaskResponse({ task: rest })?.task.totals).toEqual({
      credits: null,
      durationMs: null,
      turnCount: null,
    })
    expect(totals.turnCount).toBe(2)
  })

  it('falls back field by field and leaves out only unreadable turns and files', () => {
    const turns = parseTurnsResponse({
      items: [
        'not a turn',
        {
          id: 7,
          durationMs: Number.POSITIVE_INFINITY,
          inputTokens: 12,
          startedAt: 3,
          files: [{ url: 'a', size: 1.5, filename: 9 }, { url: 'b', size: 4 }, { size: 1 }],
          structuredOutput: { ok: true },
        },
        { id: 'last', seq: 5, files: 'none' },
      ],
    })
    expect(turns).toHaveLength(2)
    const [first, second] = turns ?? []
    // No readable seq: the turn keeps its place in the list.
    expect(first).toMatchObject({ id: '', seq: 0, durationMs: null, inputTokens: 12 })
    expect(first?.startedAt).toBeNull()
    expect(first?.files).toEqual([
      { url: 'a', filename: null, mediaType: 'application/octet-stream' },
      { url: 'b', filename: null, mediaType: 'application/octet-stream', size: 4 },
    ])
    expect(first?.structuredOutput).toEqual({ ok: true })
    expect(second).toMatchObject({ id: 'last', seq: 5, files: [], structuredOutput: null })
  })
})
