// @vitest-environment node
import { parseExecutionsPage } from '@/api/worker-life/execution-schema'
import { taskId } from '@/test/ids'
import { findPreviousRun } from './previous-run'

function page(number: number, pageCount: number, taskIds: Array<string | null>) {
  const logs = taskIds.map((id, index) => ({ id: `whe_${number}_${index}`, taskId: id }))
  const parsed = parseExecutionsPage({ logs, page: number, pageCount }, number)
  if (!parsed) throw new Error('the fixture page did not parse')
  return parsed
}

describe('findPreviousRun', () => {
  it('takes the next older delivery that names another task', () => {
    const first = page(1, 1, ['tsk_c', 'tsk_b', 'tsk_b', null, 'bad/id', 'tsk_a'])
    expect(findPreviousRun([first], taskId('tsk_c'))).toEqual({ state: 'found', taskId: 'tsk_b' })
    // The same task delivered twice, an entry without a task, one that cannot be a task: skipped.
    expect(findPreviousRun([first], taskId('tsk_b'))).toEqual({ state: 'found', taskId: 'tsk_a' })
  })

  it('asks for the next page when the run is the last of its page', () => {
    const first = page(1, 2, ['tsk_c', 'tsk_b'])
    expect(findPreviousRun([first], taskId('tsk_b'))).toEqual({ state: 'need', page: 2 })
    const second = page(2, 2, [null, 'tsk_a'])
    expect(findPreviousRun([first, second], taskId('tsk_b'))).toEqual({
      state: 'found',
      taskId: 'tsk_a',
    })
  })

  it('asks for page 1 first, and finds none for the oldest run or one not in the log', () => {
    expect(findPreviousRun([], taskId('tsk_a'))).toEqual({ state: 'need', page: 1 })
    const only = page(1, 1, ['tsk_b', 'tsk_a'])
    expect(findPreviousRun([only], taskId('tsk_a'))).toEqual({ state: 'none' })
    expect(findPreviousRun([only], taskId('tsk_z'))).toEqual({ state: 'none' })
    expect(findPreviousRun([page(1, 0, [])], taskId('tsk_z'))).toEqual({ state: 'none' })
  })

  it('searches no deeper than five pages', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, 9, [`tsk_${n}`]))
    expect(findPreviousRun(pages, taskId('tsk_nowhere'))).toEqual({ state: 'none' })
    expect(findPreviousRun(pages.slice(0, 4), taskId('tsk_nowhere'))).toEqual({
      state: 'need',
      page: 5,
    })
  })
})
