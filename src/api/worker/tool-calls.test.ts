// @vitest-environment node
import { tallyTools, toolCalls, toolPartOf } from './tool-calls'

const search = (state: string) => ({ type: 'tool-web_search', state, input: { query: 'q' } })

describe('toolPartOf', () => {
  it.each([
    [
      { type: 'tool-web_search', state: 'output-available' },
      { name: 'web_search', shape: 'ui' },
    ],
    [
      { type: 'dynamic-tool', toolName: 'mcp.lookup' },
      { name: 'mcp.lookup', shape: 'ui' },
    ],
    [{ type: 'dynamic-tool' }, { name: '', shape: 'ui' }],
    [
      { type: 'tool-call', toolName: 'read_page' },
      { name: 'read_page', shape: 'core-call' },
    ],
    [
      { type: 'tool-result', toolName: 'read_page' },
      { name: 'read_page', shape: 'core-result' },
    ],
    // Without a toolName, "tool-call" is read like any UI tool part, as the panel shows it.
    [{ type: 'tool-call' }, { name: 'call', shape: 'ui' }],
  ])('names %j', (part, expected) => expect(toolPartOf(part)).toEqual(expected))

  it.each([[{ type: 'text', text: 'hi' }], [{ type: 'step-start' }], [null], ['tool-x'], [{}]])(
    'finds no tool in %j',
    (part) => expect(toolPartOf(part)).toBeNull(),
  )
})

describe('toolCalls', () => {
  it('lists each call with its place, in conversation order, and which failed', () => {
    const messages = [
      { role: 'user', parts: [{ type: 'text', text: 'go' }] },
      {
        role: 'assistant',
        parts: [{ type: 'step-start' }, search('output-available'), search('output-error')],
      },
      { role: 'assistant', content: [{ type: 'tool-call', toolName: 'read_page', args: {} }] },
      { role: 'tool', content: [{ type: 'tool-result', toolName: 'read_page', result: 1 }] },
      { role: 'assistant', parts: [{ type: 'tool-extract', state: 'output-denied' }] },
    ]
    expect(toolCalls(messages)).toEqual([
      { messageIndex: 1, partIndex: 1, name: 'web_search', failed: false },
      { messageIndex: 1, partIndex: 2, name: 'web_search', failed: true },
      { messageIndex: 2, partIndex: 0, name: 'read_page', failed: false },
      { messageIndex: 4, partIndex: 0, name: 'extract', failed: false },
    ])
  })

  it('skips what the panel shows as raw JSON: no role, not an object', () => {
    const messages = [null, 7, { parts: [search('output-error')] }, { role: 'assistant' }]
    expect(toolCalls(messages)).toEqual([])
  })

  it('scans a conversation once while it stays the same array', () => {
    let reads = 0
    const message = { role: 'assistant' }
    Object.defineProperty(message, 'parts', {
      enumerable: true,
      get() {
        reads += 1
        return [search('output-error')]
      },
    })
    const messages = [message]
    const first = toolCalls(messages)
    const readsAfterFirst = reads
    expect(toolCalls(messages)).toBe(first)
    expect(reads).toBe(readsAfterFirst)
    // A new array (a poll that changed the conversation) is scanned again.
    expect(toolCalls([...messages])).toEqual(first)
    expect(reads).toBeGreaterThan(readsAfterFirst)
  })
})

describe('tallyTools', () => {
  it('counts calls and failures per tool, most used first, ties by name', () => {
    const messages = [
      {
        role: 'assistant',
        parts: [
          { type: 'tool-read_page', state: 'output-error' },
          search('output-available'),
          search('output-error'),
          search('output-available'),
          { type: 'dynamic-tool', toolName: 'zeta', state: 'output-available' },
          { type: 'tool-alpha', state: 'input-available' },
        ],
      },
    ]
    expect(tallyTools(messages)).toEqual([
      { name: 'web_search', calls: 3, failed: 1 },
      { name: 'alpha', calls: 1, failed: 0 },
      { name: 'read_page', calls: 1, failed: 1 },
      { name: 'zeta', calls: 1, failed: 0 },
    ])
  })

  it('keeps a tool named like an Object member apart from the prototype', () => {
    const messages = [
      { role: 'assistant', parts: [{ type: 'tool-constructor' }, { type: 'tool-__proto__' }] },
    ]
    expect(tallyTools(messages)).toEqual([
      { name: '__proto__', calls: 1, failed: 0 },
      { name: 'constructor', calls: 1, failed: 0 },
    ])
  })

  it('is empty for a conversation without tools', () => {
    expect(tallyTools([{ role: 'user', content: 'hi' }])).toEqual([])
  })
})
