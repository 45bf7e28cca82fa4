import { startTaskCounter } from '@/test/task-counter'
import { highlightInTurn } from './highlight'

describe('highlightInTurn', () => {
  it('highlights blocks one per task, in the order asked', async () => {
    const tasks = startTaskCounter()
    const done: Array<[string, number]> = []
    const asked = ['{"a": 1}', '{"b": 2}', '{"c": 3}'].map((code) =>
      highlightInTurn(code, 'json', new AbortController().signal).then((node) =>
        done.push([node ? code : 'none', tasks.count()]),
      ),
    )
    await Promise.all(asked)
    tasks.stop()
    expect(done.map(([code]) => code)).toEqual(['{"a": 1}', '{"b": 2}', '{"c": 3}'])
    // Each in a later task than the one before.
    const [a, b, c] = done.map(([, task]) => task)
    expect(b).toBeGreaterThan(a ?? Number.POSITIVE_INFINITY)
    expect(c).toBeGreaterThan(b ?? Number.POSITIVE_INFINITY)
  })

  it('skips a block that is gone by its turn, and goes on with the next', async () => {
    const gone = new AbortController()
    const skipped = highlightInTurn('{"a": 1}', 'json', gone.signal)
    const next = highlightInTurn('{"b": 2}', 'json', new AbortController().signal)
    gone.abort()
    expect(await skipped).toBeNull()
    expect(await next).not.toBeNull()
  })
})
