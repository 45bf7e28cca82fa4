// @vitest-environment node
import type { Worker } from '@/api/worker/schema'
import { statusOf } from '@/api/worker/status'
import { firstWords, messageText, userQuestions, workerMarkdown } from '@/api/worker/transcript'
import { workerId } from '@/test/ids'
import { RawNumber } from '@/lib/raw-number'

const worker: Worker = {
  id: 'wrk_a',
  rawStatus: 'completed',
  running: false,
  createdAt: null,
  url: null,
  messages: [
    { role: 'user', parts: [{ type: 'text', text: 'What is ```the``` answer?' }] },
    { role: 'assistant', parts: [{ type: 'text', text: 'Forty-two' }] },
    { role: 'user', content: 'And why?' },
  ],
  outputText: '# 42\n\nBecause.',
  sources: [{ id: 's1', title: 'A\nlist item: injected', url: 'https://example.com/a' }],
  files: [
    { filename: 'report.md', mediaType: 'text/markdown', url: 'https://x.test/f', size: 2048 },
  ],
  structuredOutput: { code: '```' },
  usage: { credits: 2000, durationMs: 61_000 },
  error: null,
  incompleteDetails: null,
  costs: null,
  metadata: null,
  responseId: 'wrk_a',
  output: [],
  extraFields: {},
}

describe('transcript', () => {
  it('reads text from both message shapes', () => {
    expect(messageText({ role: 'user', content: [{ text: 'a' }, { text: 'b' }] })).toEqual({
      role: 'user',
      text: 'a\n\nb',
    })
    expect(messageText('nope')).toBeNull()
    expect(userQuestions(worker.messages)).toEqual(['What is ```the``` answer?', 'And why?'])
  })

  it('cuts the first question at a word', () => {
    const long = [{ role: 'user', content: 'word '.repeat(40) }]
    expect(firstWords(long, 20)).toBe('word word word word…')
  })

  it('writes question, answer, sources, files, structured output and usage', () => {
    const text = workerMarkdown(worker, {
      workerId: workerId('wrk_a'),
      taskId: null,
      status: statusOf('completed'),
      link: 'http://localhost/workers/wrk_a',
    })
    expect(text).toContain('# Handinger run wrk_a\n')
    expect(text).toContain('## Questions\n\n> What is ```the``` answer?\n\n> And why?')
    expect(text).toContain('## Answer\n\n# 42\n\nBecause.')
    // A title cannot break out of its list item.
    expect(text).toContain('1. A list item: injected <https://example.com/a>')
    expect(text).toContain('- report.md (text/markdown, 2 KB) <https://x.test/f>')
    // The fence is longer than any backtick run inside.
    expect(text).toContain('````json\n{\n  "code": "```"\n}\n````')
    expect(text).toContain('- Credits: 2,000 credits\n- Duration: 1m 1s')
  })

  it('names untitled sources and unnamed files as the panels do', () => {
    const text = workerMarkdown(
      {
        ...worker,
        sources: [
          { id: 's1', title: null, url: 'https://www.example.com/a' },
          { id: 's2', title: '  ', url: 'mailto:x@example.com' },
        ],
        files: [
          { filename: null, mediaType: 'text/csv', url: 'https://x.test/out/My%20Table.csv' },
          { filename: '', mediaType: 'text/plain', url: 'https://x.test/' },
        ],
      },
      { workerId: 'wrk_a', taskId: null, status: statusOf('completed'), link: 'http://l/' },
    )
    expect(text).toContain('1. example.com <https://www.example.com/a>')
    expect(text).toContain('2. mailto:x@example.com <mailto:x@example.com>')
    expect(text).toContain('- My Table.csv (text/csv) <https://x.test/out/My%20Table.csv>')
    expect(text).toContain('- Unnamed file (text/plain) <https://x.test/>')
  })

  // A counterexample of the generated-body tests (src/test/fuzz): JSON.stringify recursed and
  // threw on deep nesting, so "Copy as Markdown" failed on such a worker (the hostile demo one).
  it('writes a structured output nested thousands of levels deep, and numbers as sent', () => {
    let deep: unknown = new RawNumber(Number.POSITIVE_INFINITY, '1e400')
    for (let level = 0; level < 5000; level++) deep = { level: deep }
    const text = workerMarkdown(
      { ...worker, structuredOutput: deep, error: { code: new RawNumber(-0, '-0') } },
      {
        workerId: workerId('wrk_a'),
        taskId: null,
        status: statusOf('failed'),
        link: 'http://x.test/',
      },
    )
    expect(text).toContain('## Structured output\n\n```json\n{\n  "level": {')
    expect(text).toContain('"level": 1e400')
    expect(text).toContain('## Error\n\n```json\n{\n  "code": -0\n}\n```')
  })
})
