// @vitest-environment node
import type { Worker } from '@/api/worker/schema'
import { buildSearchIndex, messageText, valueText } from './search-index'
import { describeCount, findMatches } from './search-match'

const worker: Worker = {
  id: 'wrk_1',
  rawStatus: 'completed',
  running: false,
  createdAt: null,
  url: null,
  outputText: 'Prices rose. Prices fell.',
  messages: [
    { role: 'user', content: 'Find bicycle prices' },
    {
      role: 'assistant',
      parts: [
        { type: 'reasoning', text: 'think about Gravel' },
        {
          type: 'tool-web_search',
          state: 'output-available',
          input: { query: 'gravel bikes' },
          output: { hits: [{ title: 'Gravel Weekly' }] },
        },
      ],
    },
  ],
  sources: [{ id: 's', title: 'Bike Index', url: 'https://bikes.example/gravel' }],
  files: [{ filename: 'gravel.csv', mediaType: 'text/csv', url: 'https://f.example/1' }],
  structuredOutput: { records: [{ name: 'Gravel King', 'a/b': 1 }] },
  usage: null,
  error: null,
  incompleteDetails: null,
  costs: null,
  metadata: null,
  responseId: 'wrk_1',
  output: [],
  extraFields: {},
}

describe('search index', () => {
  it('finds text in answer, reasoning, tool input and output, sources, files and structured output', async () => {
    const index = await buildSearchIndex(worker)
    if (!index) throw new Error('index not built')
    const { matches, capped } = findMatches(index, 'GRAVEL')
    expect(capped).toBe(false)
    expect(matches.map((m) => `${m.target}:${m.key}:${m.ordinal}`)).toEqual([
      'messages:1:0',
      'messages:1:1',
      'messages:1:2',
      'sources:0:0',
      'files:0:0',
      'structured:/records/0/name:0',
    ])
  })

  it('keys answer matches by their character offset', async () => {
    const index = await buildSearchIndex(worker)
    if (!index) throw new Error('index not built')
    expect(findMatches(index, 'prices').matches.slice(0, 2)).toEqual([
      { target: 'output', key: 0, ordinal: 0 },
      { target: 'output', key: 13, ordinal: 1 },
    ])
  })

  it('escapes JSON pointer segments and matches keys', async () => {
    const index = await buildSearchIndex(worker)
    if (!index) throw new Error('index not built')
    expect(findMatches(index, 'a/b').matches).toEqual([
      { target: 'structured', key: '/records/0/a~1b', ordinal: 0 },
    ])
  })

  it('stops counting at the cap and says so', async () => {
    const big = { ...worker, outputText: 'x'.repeat(50) }
    const index = await buildSearchIndex(big)
    if (!index) throw new Error('index not built')
    const result = findMatches(index, 'x', 10)
    expect(result.matches).toHaveLength(10)
    expect(result.capped).toBe(true)
    expect(describeCount(result, 2)).toBe('3 of 10+')
    expect(describeCount(findMatches(index, 'nothing here'), 0)).toBe('No matches')
  })

  it('gives up when aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await buildSearchIndex(worker, controller.signal)).toBeNull()
  })

  it('survives values nested far deeper than the search reads', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 10_000; i++) deep = [deep]
    expect(() => valueText(deep)).not.toThrow()
    expect(messageText({ role: 'tool', content: deep })).toBe('tool')
  })

  it('ignores a blank query', async () => {
    const index = await buildSearchIndex(worker)
    if (!index) throw new Error('index not built')
    expect(findMatches(index, '   ').matches).toEqual([])
  })
})
