// @vitest-environment node
import { taskId, workerId } from '@/test/ids'
import { parseRunInput } from './parse-run-input'

function ref(input: string) {
  const result = parseRunInput(input)
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.message}`)
  return result.ref
}

function message(input: string) {
  const result = parseRunInput(input)
  if (result.ok) throw new Error(`expected ${input} to be refused`)
  return result.message
}

const run = { workerId: workerId('wrk_demo-research'), taskId: taskId('tsk_demo-market') }

describe('parseRunInput', () => {
  it.each([
    'wrk_demo-research.tsk_demo-market',
    '  wrk_demo-research.tsk_demo-market ',
    'http://localhost:4173/workers/wrk_demo-research/tasks/tsk_demo-market',
    'https://v3.handinger.com/worker/wrk_demo-research/task/tsk_demo-market',
    'https://v3.handinger.com/worker/wrk_demo-research/task/tsk_demo-market/?tab=files',
  ])('reads the whole task from %s', (input) => {
    expect(ref(input)).toEqual({ ...run, turn: null })
  })

  it.each([
    ['wrk_demo-research.tsk_demo-market.1', 1],
    ['http://localhost:4173/workers/wrk_demo-research/tasks/tsk_demo-market#task-turn-2', 1],
    ['http://localhost:4173/workers/wrk_demo-research/tasks/tsk_demo-market#turn-1', 0],
  ])('reads a turn from %s', (input, turn) => {
    expect(ref(input)).toEqual({ ...run, turn })
  })

  it('ignores an anchor that names no turn', () => {
    expect(
      ref('http://localhost:4173/workers/wrk_demo-research/tasks/tsk_demo-market#turn-0'),
    ).toEqual({ ...run, turn: null })
  })

  it('asks for a run when empty', () => {
    expect(message('  ')).toMatch(/^Enter a task page address/)
  })

  it('explains that a worker is not a run', () => {
    expect(message('wrk_demo-research')).toMatch(/names a worker, not one of its runs/)
    expect(message('https://v3.handinger.com/worker/wrk_demo-research')).toMatch(
      /not one of its runs/,
    )
  })

  it('explains that a bare task ID does not say its worker', () => {
    expect(message('tsk_demo-market')).toMatch(
      /does not name its worker.*workerId\.tsk_demo-market/,
    )
  })

  it('passes on what is wrong with an address, and says what is expected otherwise', () => {
    expect(message('javascript:alert(1)')).toMatch(/only http and https/i)
    expect(message('https://v3.handinger.com/settings')).toMatch(/does not point at a worker/)
    expect(message('wrk_a.tsk_b.x')).toMatch(/^Expected a task page address/)
  })
})
