// @vitest-environment node
import { RawNumber } from '@/lib/raw-number'
import { parseWorker } from '@/api/worker/schema'
import { workerStatus } from '@/api/worker/status'

// The current shape (PY-new / TS-idx, from 10 July): usage has durationMs only.
const july = {
  id: 'wrk_vk81XUHKHG-qr4',
  object: 'worker',
  created_at: 1752840000,
  error: null,
  files: [
    {
      filename: 'report.md',
      mediaType: 'text/markdown',
      url: 'https://handinger.com/files/report.md',
      size: 2048,
    },
  ],
  incomplete_details: null,
  messages: [{ id: 'msg_1', role: 'user', parts: [{ type: 'text', text: 'Research the market' }] }],
  metadata: { foo: 'bar' },
  output: [
    {
      id: 'out_1',
      content: [{ text: 'The market is growing.', type: 'output_text' }],
      role: 'assistant',
      status: 'completed',
      type: 'message',
    },
  ],
  output_text: 'The market is growing.',
  running: false,
  sources: [{ id: 'src_1', title: 'Example', type: 'url', url: 'https://example.com/a' }],
  status: 'completed',
  structured_output: { score: 3, tags: ['a'] },
  url: 'https://v3.handinger.com/worker/wrk_vk81XUHKHG-qr4',
  usage: { durationMs: 83000 },
}

// The stored docs (June): usage still carries credits.
const june = { ...july, usage: { credits: 120, durationMs: 5000 } }

// 22–23 April: token usage fields and `costs`; no url, structured_output or files[].size.
/** A copy of a fixture without some of its keys. */
function without(raw: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !keys.includes(key)))
}

const april = {
  ...without(july, 'url', 'structured_output'),
  files: [
    { filename: 'data.csv', mediaType: 'text/csv', url: 'https://v3.handinger.com/f/data.csv' },
  ],
  usage: {
    cacheReadTokens: 10,
    cacheWriteTokens: 0,
    costUsd: 0.0123,
    inputTokens: 1200,
    outputTokens: 340,
    reasoningTokens: 0,
    steps: 4,
    totalTokens: 1540,
    credits: 7,
    durationMs: 12000,
  },
  costs: { internalCostUsd: 0.001, modelCostUsd: 0.01, sandboxCostUsd: 0, toolCostUsd: 0.0013 },
}

function parse(raw: unknown, requestedId = 'wrk_requested') {
  const parsed = parseWorker(raw, requestedId)
  if (!parsed) throw new Error('expected a parsed worker')
  return parsed
}

describe('parseWorker: known shapes', () => {
  it('reads the current (July) shape, mapping mixed casing to the app model', () => {
    const { worker, problems } = parse(july)
    expect(problems).toEqual([])
    expect(worker).toEqual({
      id: 'wrk_vk81XUHKHG-qr4',
      responseId: 'wrk_vk81XUHKHG-qr4',
      rawStatus: 'completed',
      running: false,
      createdAt: 1752840000,
      url: 'https://v3.handinger.com/worker/wrk_vk81XUHKHG-qr4',
      messages: july.messages,
      outputText: 'The market is growing.',
      sources: [{ id: 'src_1', title: 'Example', url: 'https://example.com/a' }],
      files: [
        {
          filename: 'report.md',
          mediaType: 'text/markdown',
          url: 'https://handinger.com/files/report.md',
          size: 2048,
        },
      ],
      structuredOutput: { score: 3, tags: ['a'] },
      usage: { durationMs: 83000 },
      costs: null,
      metadata: { foo: 'bar' },
      error: null,
      incompleteDetails: null,
      output: july.output,
      extraFields: {},
    })
  })

  it('keeps usage.credits from the June docs shape', () => {
    const { worker, problems } = parse(june)
    expect(problems).toEqual([])
    expect(worker.usage).toEqual({ credits: 120, durationMs: 5000 })
  })

  it('reads the April shape: token usage and the cost breakdown kept, missing fields empty', () => {
    const { worker, problems } = parse(april)
    expect(problems).toEqual([])
    expect(worker.usage).toEqual(april.usage)
    expect(worker.costs).toEqual(april.costs)
    expect(worker.url).toBeNull()
    expect(worker.structuredOutput).toBeNull()
    expect(worker.files).toEqual([
      { filename: 'data.csv', mediaType: 'text/csv', url: 'https://v3.handinger.com/f/data.csv' },
    ])
    expect(worker.files[0]?.size).toBeUndefined()
  })

  it('accepts null filename, title, created_at, structured_output and usage', () => {
    const { worker, problems } = parse({
      ...july,
      created_at: null,
      structured_output: null,
      usage: null,
      files: [{ filename: null, mediaType: 'image/png', url: 'https://x.test/a.png' }],
      sources: [{ id: 's', title: null, type: 'url', url: 'https://x.test/' }],
    })
    expect(problems).toEqual([])
    expect(worker.createdAt).toBeNull()
    expect(worker.structuredOutput).toBeNull()
    expect(worker.usage).toBeNull()
    expect(worker.files[0]?.filename).toBeNull()
    expect(worker.sources[0]?.title).toBeNull()
  })

  it('keeps any JSON in error and incomplete_details', () => {
    const error = { code: 'tool_failed', detail: ['step 3', 4] }
    const { worker, problems } = parse({ ...july, error, incomplete_details: 'max_steps' })
    expect(problems).toEqual([])
    expect(worker.error).toEqual(error)
    expect(worker.incompleteDetails).toBe('max_steps')
  })

  it('tolerates unknown extra fields at every level', () => {
    const { worker, problems } = parse({
      ...july,
      brand_new_field: { nested: true },
      files: [{ ...july.files[0], checksum: 'abc' }],
      sources: [{ ...july.sources[0], favicon: 'https://example.com/favicon.ico' }],
      usage: { durationMs: 1, gpuSeconds: 9 },
    })
    expect(problems).toEqual([])
    expect(worker.files).toHaveLength(1)
    expect(worker.sources).toHaveLength(1)
    expect(worker.usage?.durationMs).toBe(1)
    expect(worker.extraFields).toEqual({ brand_new_field: { nested: true } })
  })

  it('keeps unknown top-level fields as sent, an odd `object` too, and no prototype key', () => {
    const raw: unknown = JSON.parse(
      '{"id":"wrk_a","object":"response","service_tier":"priority","__proto__":{"polluted":1}}',
    )
    const { worker } = parse(raw)
    expect(Object.keys(worker.extraFields)).toEqual(['object', 'service_tier', '__proto__'])
    expect(Object.getPrototypeOf(worker.extraFields)).toBe(Object.prototype)
    expect(parse(july).worker.extraFields).toEqual({})
  })

  it('falls back to the requested ID when the body has none, and keeps the one it gives', () => {
    const missing = parse(without(july, 'id'), 'wrk_fallback').worker
    expect([missing.id, missing.responseId]).toEqual(['wrk_fallback', null])
    const other = parse({ ...july, id: 'resp_123' }, 'wrk_requested').worker
    expect([other.id, other.responseId]).toEqual(['resp_123', 'resp_123'])
  })
})

describe('parseWorker: broken responses degrade field by field', () => {
  it('drops only the broken file and names it in problems', () => {
    const { worker, problems } = parse({
      ...july,
      files: [
        { filename: 'a.txt', mediaType: 'text/plain', url: 'https://x.test/a.txt' },
        { filename: 'b.txt', mediaType: 'text/plain' },
        { filename: 'c.txt', mediaType: 'text/plain', url: 'https://x.test/c.txt' },
      ],
    })
    expect(worker.files.map((f) => f.filename)).toEqual(['a.txt', 'c.txt'])
    expect(problems).toEqual(['files[1]'])
  })

  it('drops a broken source and keeps the rest', () => {
    const { worker, problems } = parse({
      ...july,
      sources: [42, { id: 's2', title: 'Two', url: 'https://x.test/2' }],
    })
    expect(worker.sources).toEqual([{ id: 's2', title: 'Two', url: 'https://x.test/2' }])
    expect(problems).toEqual(['sources[0]'])
  })

  it('treats a string usage as no usage and reports it', () => {
    const { worker, problems } = parse({ ...july, usage: '83 seconds' })
    expect(worker.usage).toBeNull()
    expect(problems).toEqual(['usage'])
  })

  it('drops a bad usage number without losing the other one', () => {
    const { worker, problems } = parse({ ...july, usage: { credits: -3, durationMs: 40 } })
    expect(problems).toEqual(['usage.credits'])
    expect(worker.usage?.credits).toBeUndefined()
    expect(worker.usage?.durationMs).toBe(40)
  })

  it('replaces messages that are not an array with an empty list', () => {
    const { worker, problems } = parse({ ...july, messages: { 0: 'hello' } })
    expect(worker.messages).toEqual([])
    expect(problems).toEqual(['messages'])
    expect(worker.outputText).toBe('The market is growing.')
  })

  it('reports files and sources that are not arrays', () => {
    const { worker, problems } = parse({ ...july, files: 'none', sources: {} })
    expect(worker.files).toEqual([])
    expect(worker.sources).toEqual([])
    expect(problems).toEqual(expect.arrayContaining(['files', 'sources']))
  })

  it.each([
    [true, 'running'],
    [false, 'unknown'],
  ] as const)('with running=%s shows an unknown status as %s', (running, expected) => {
    const { worker, problems } = parse({ ...july, running, status: 'aborted' })
    expect(workerStatus(worker).key).toBe(expected)
    expect(worker.rawStatus).toBe('aborted')
    expect(problems).toContain('status')
  })

  it('never shows an odd status as completed', () => {
    for (const status of [42, true, { s: 1 }, 'COMPLETED', 'completed ']) {
      const { worker, problems } = parse({ ...july, status })
      expect(workerStatus(worker).key, JSON.stringify(status)).toBe('unknown')
      expect(problems).toContain('status')
    }
  })

  it('keeps metadata only when it is an object', () => {
    expect(parse({ ...july, metadata: { a: [1] } }).worker.metadata).toEqual({ a: [1] })
    const { worker, problems } = parse({ ...july, metadata: 'nope' })
    expect(worker.metadata).toBeNull()
    expect(problems).toEqual(['metadata'])
  })

  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['1e308', 1e308],
    ['a RawNumber', new RawNumber(Number.POSITIVE_INFINITY, '1e400')],
    ['a string', '12'],
  ])('reports a usage figure that is %s and leaves it out', (_name, value) => {
    const { worker, problems } = parse({
      ...april,
      usage: { credits: value, totalTokens: value, durationMs: 5 },
      costs: { modelCostUsd: value, toolCostUsd: 0.5 },
    })
    expect(worker.usage).toEqual({ durationMs: 5 })
    expect(worker.costs).toEqual({ toolCostUsd: 0.5 })
    expect(problems).toEqual(['usage.credits', 'usage.totalTokens', 'costs.modelCostUsd'])
  })

  it('wants whole numbers of tokens and steps', () => {
    const { worker, problems } = parse({ ...july, usage: { inputTokens: 1.5, steps: 2 } })
    expect(worker.usage).toEqual({ steps: 2 })
    expect(problems).toEqual(['usage.inputTokens'])
  })

  it('parses values nested thousands of levels deep without walking them', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 10_000; i++) deep = { a: deep }
    const { worker, problems } = parse({ ...july, structured_output: deep, error: deep })
    expect(worker.structuredOutput).toBe(deep)
    expect(problems).toEqual([])
  })

  it('derives status from running when status is missing', () => {
    const { worker } = parse({ ...without(july, 'status'), running: true })
    expect(workerStatus(worker).key).toBe('running')
  })

  it('joins output[].content[].text when output_text is missing', () => {
    const { worker, problems } = parse({
      ...without(july, 'output_text'),
      output: [
        { content: [{ type: 'output_text', text: 'First.' }] },
        { content: [{ type: 'output_text', text: 'Second.' }] },
      ],
    })
    expect(worker.outputText).toBe('First.\n\nSecond.')
    expect(problems).toEqual([])
  })

  it('uses the output text as a fallback when output_text is not a string', () => {
    const { worker, problems } = parse({ ...july, output_text: 17 })
    expect(worker.outputText).toBe('The market is growing.')
    expect(problems).toEqual(['output_text'])
  })

  it('reports a wrongly typed created_at and url without failing', () => {
    const { worker, problems } = parse({ ...july, created_at: '2026-07-18', url: 5 })
    expect(worker.createdAt).toBeNull()
    expect(worker.url).toBeNull()
    expect(problems).toEqual(expect.arrayContaining(['created_at', 'url']))
    expect(worker.id).toBe('wrk_vk81XUHKHG-qr4')
  })

  it.each([null, 'text', 42, [july], undefined])(
    'returns null for a non-object body (%s)',
    (raw) => {
      expect(parseWorker(raw, 'wrk_1')).toBeNull()
    },
  )

  it('turns an empty object into an empty completed worker', () => {
    const { worker } = parse({}, 'wrk_empty')
    expect(worker).toMatchObject({
      id: 'wrk_empty',
      running: false,
      outputText: '',
      files: [],
      sources: [],
      messages: [],
      usage: null,
    })
  })
})
