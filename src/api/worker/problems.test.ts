// @vitest-environment node
import {
  describeProblem,
  problemKey,
  runProblems,
  summarizeProblems,
  turnProblems,
  workerProblems,
} from './problems'

const failedCall = (name: string) => ({
  type: `tool-${name}`,
  state: 'output-error',
  errorText: 'x',
})
const okCall = (name: string) => ({ type: `tool-${name}`, state: 'output-available' })

const messages = [
  { role: 'user', parts: [{ type: 'text', text: 'go' }] },
  { role: 'assistant', parts: [okCall('web_search'), failedCall('read_page')] },
  { role: 'assistant', parts: [okCall('web_search')] },
  { role: 'assistant', parts: [failedCall('web_search'), failedCall('extract')] },
]

const worker = (overrides: Partial<{ error: unknown; incompleteDetails: unknown }> = {}) => ({
  messages,
  error: null,
  incompleteDetails: null,
  ...overrides,
})

describe('run problems', () => {
  it('counts nothing in a clean run', () => {
    expect(
      runProblems({ messages: [okCall('x')], error: null, incompleteDetails: null }, []),
    ).toEqual([])
  })

  it('lists turns, then the worker error and incomplete answer, then failed tools, in page order', () => {
    const turns = [
      { seq: 0, status: 'completed' },
      { seq: 1, status: 'aborted' },
      { seq: 2, status: 'error' },
      { seq: 3, status: 'running' },
    ]
    const problems = runProblems(
      worker({ error: { message: 'budget' }, incompleteDetails: { reason: 'max_credits' } }),
      turns,
    )
    expect(problems.map(problemKey)).toEqual([
      'turn:1',
      'turn:2',
      'worker-error',
      'incomplete',
      'tool:1:1',
      'tool:3:0',
      'tool:3:1',
    ])
    expect(problems.map(describeProblem)).toEqual([
      'Turn 2 was aborted',
      'Turn 3 ended in an error',
      'The worker reported an error',
      'The answer is incomplete',
      'Tool read_page failed, message 2',
      'Tool web_search failed, message 4',
      'Tool extract failed, message 4',
    ])
    expect(summarizeProblems(problems)).toBe(
      '3 failed tool calls, 1 turn with an error, 1 aborted turn, worker error, incomplete answer',
    )
  })

  it('takes any present error as one: a bare string, an empty object, false', () => {
    for (const error of ['out of credits', {}, false, 0]) {
      expect(workerProblems({ messages: [], error, incompleteDetails: undefined })).toEqual([
        { kind: 'worker-error' },
      ])
    }
  })

  it('reads turn statuses by the status rule: unknown words are not problems', () => {
    expect(
      turnProblems([
        { seq: 0, status: 'ERROR' },
        { seq: 1, status: 'failed' },
        { seq: 2, status: '' },
        { seq: 3, status: 'error' },
      ]),
    ).toEqual([{ kind: 'turn', seq: 3, outcome: 'failed' }])
  })

  it('scans an unchanged worker once, however often it is asked', () => {
    let reads = 0
    const watched = worker()
    const counted = new Proxy(messages, {
      get(target, key, receiver) {
        if (key === 'forEach') reads += 1
        return Reflect.get(target, key, receiver)
      },
    })
    watched.messages = counted
    const first = workerProblems(watched)
    expect(reads).toBe(1)
    expect(workerProblems(watched)).toBe(first)
    expect(runProblems(watched, [{ seq: 0, status: 'aborted' }])).toHaveLength(first.length + 1)
    expect(reads).toBe(1)
    // A poll that brings a changed worker is a new object: counted again.
    expect(workerProblems({ ...watched, messages: [...messages] })).toEqual(first)
  })

  it('describes a hostile tool name inertly, hidden characters shown, long names cut', () => {
    const hostile = {
      kind: 'tool',
      messageIndex: 0,
      partIndex: 0,
      name: `evil\u202Egnp.exe${'x'.repeat(100)}`,
    } as const
    const line = describeProblem(hostile)
    expect(line).toContain('⟨U+202E⟩')
    expect(line).not.toContain('\u202E')
    expect(line.length).toBeLessThan(100)
    expect(describeProblem({ ...hostile, name: '' })).toBe('Tool (unnamed) failed, message 1')
  })

  it('summarizes one of each in the singular', () => {
    expect(
      summarizeProblems([
        { kind: 'tool', messageIndex: 0, partIndex: 0, name: 'a' },
        { kind: 'turn', seq: 0, outcome: 'aborted' },
      ]),
    ).toBe('1 failed tool call, 1 aborted turn')
  })
})
