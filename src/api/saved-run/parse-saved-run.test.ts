// @vitest-environment node
import { parseSavedRun } from './parse-saved-run'

const worker = {
  id: 'wrk_saved-1',
  object: 'worker',
  status: 'completed',
  running: false,
  output_text: '# Answer',
  messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Question?' }] }],
  sources: [{ id: 's1', title: 'A source', type: 'url', url: 'https://example.com/a' }],
  files: [],
}

const task = {
  id: 'tsk_saved-1',
  workerId: 'wrk_saved-1',
  title: 'Two questions',
  status: 'completed',
  createdAt: '2026-11-30T08:00:00.000Z',
  completedAt: '2026-11-30T08:02:00.000Z',
  totals: { credits: 40, durationMs: 120000, turnCount: 2 },
}
const turn = (
  seq: number,
  input: string,
  outputText: string,
  structuredOutput: unknown = null,
) => ({
  id: `trn_${seq}`,
  taskId: 'tsk_saved-1',
  seq,
  role: 'user',
  status: 'completed',
  input,
  outputText,
  credits: 20,
  durationMs: 60000,
  inputTokens: 100,
  outputTokens: 50,
  files: [
    { filename: `f${seq}.csv`, mediaType: 'text/csv', url: `https://files.example.com/${seq}` },
  ],
  structuredOutput,
})

describe('parseSavedRun', () => {
  it('opens a worker response as saved by Download JSON', () => {
    const result = parseSavedRun(JSON.stringify(worker), 'wrk_saved-1.json')
    if (!result.ok) throw new Error(result.message)
    expect(result.run.worker.id).toBe('wrk_saved-1')
    expect(result.run.worker.outputText).toBe('# Answer')
    expect(result.run.worker.sources).toHaveLength(1)
    expect(result.run.task).toBeNull()
  })

  it('opens a task with its turns: the turns become the conversation, the last answer the output', () => {
    const body = { task, turns: [turn(0, 'First?', 'One.'), turn(1, 'Second?', 'Two.', { n: 2 })] }
    const result = parseSavedRun(JSON.stringify(body), 'task.json')
    if (!result.ok) throw new Error(result.message)
    const { worker: shown, task: saved } = result.run
    expect(saved?.turns).toHaveLength(2)
    expect(saved?.task.title).toBe('Two questions')
    expect(shown.outputText).toBe('Two.')
    expect(shown.structuredOutput).toEqual({ n: 2 })
    expect(shown.files.map((file) => file.filename)).toEqual(['f0.csv', 'f1.csv'])
    expect(shown.messages).toHaveLength(4)
    expect(shown.rawStatus).toBe('completed')
    expect(shown.createdAt).toBe(Date.parse(task.createdAt) / 1000)
  })

  it('opens a task in the current shape, whose turns are fetched apart, with no turns', () => {
    const result = parseSavedRun(JSON.stringify({ task: { ...task, status: 'running' } }), 't.json')
    if (!result.ok) throw new Error(result.message)
    expect(result.run.task?.turns).toEqual([])
    expect(result.run.worker.rawStatus).toBe('running')
  })

  it.each([
    ['not JSON', '{"id": "wrk_1", ', 'is not JSON'],
    ['a JSON array', '[1, 2]', 'not a worker or a task'],
    ['an unrelated object', '{"name": "package", "version": "1.0.0"}', 'not a worker response'],
  ])('refuses %s with a message naming the file', (_case, text, message) => {
    const result = parseSavedRun(text, 'notes.json')
    expect(result).toEqual({ ok: false, message: expect.stringContaining(message) })
    if (!result.ok) expect(result.message).toContain('“notes.json”')
  })

  it('shows hidden characters of a file name instead of obeying them', () => {
    const result = parseSavedRun('nope', 'run\u202egnp.json')
    if (result.ok) throw new Error('expected a refusal')
    expect(result.message).not.toContain('\u202e')
    expect(result.message).toContain('⟨U+202E')
  })

  it('renames prototype keys as every response is (one JSON boundary)', () => {
    const text = '{"output_text": "x", "structured_output": {"__proto__": {"polluted": true}}}'
    const result = parseSavedRun(text, 'w.json')
    if (!result.ok) throw new Error(result.message)
    expect(Object.keys(result.run.worker.structuredOutput as object)).toEqual(['⟨__proto__⟩'])
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})
