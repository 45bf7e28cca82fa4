// @vitest-environment node
import { outputEntries } from './output-items'

const answer = 'The market is growing.'
const message = (content: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content,
  ...extra,
})

describe('outputEntries', () => {
  it('has nothing to add when output only holds the answer', () => {
    const output = [message([{ type: 'output_text', text: answer, annotations: [] }])]
    expect(outputEntries(output, answer)).toEqual([])
    expect(outputEntries([], answer)).toEqual([])
  })

  it.each<[string, unknown, unknown[]]>([
    [
      'a refusal',
      message([{ type: 'refusal', refusal: 'I cannot help with that.' }]),
      [{ kind: 'text', label: 'Refusal', text: 'I cannot help with that.' }],
    ],
    [
      'text the answer lacks',
      message([{ type: 'output_text', text: 'A second part.' }]),
      [{ kind: 'text', label: 'Text not in the answer', text: 'A second part.' }],
    ],
    [
      'annotations of the answer',
      message([
        { type: 'output_text', text: answer, annotations: [{ type: 'url_citation', url: 'u' }] },
      ]),
      [
        {
          kind: 'json',
          label: 'Text details',
          value: { annotations: [{ type: 'url_citation', url: 'u' }] },
        },
      ],
    ],
    [
      'a message that did not complete',
      message([], { status: 'incomplete' }),
      [{ kind: 'json', label: 'Message details', value: { status: 'incomplete' } }],
    ],
    [
      'a function call, its arguments parsed',
      {
        type: 'function_call',
        name: 'lookup',
        arguments: '{"q":"bikes"}',
        status: 'completed',
      },
      [{ kind: 'tool', name: 'lookup', part: { input: { q: 'bikes' }, state: 'completed' } }],
    ],
    [
      'a web search',
      { type: 'web_search_call', status: 'completed', action: { query: 'x' } },
      [{ kind: 'tool', name: 'web_search', part: { input: { query: 'x' }, state: 'completed' } }],
    ],
    [
      'a reasoning summary',
      { type: 'reasoning', summary: [{ type: 'summary_text', text: 'Step one.' }] },
      [{ kind: 'text', label: 'Reasoning summary', text: 'Step one.' }],
    ],
    [
      'an image given inline, never loaded',
      { type: 'image_generation_call', result: 'A'.repeat(400) },
      [{ kind: 'image', label: 'Generated image', url: null, bytes: 300 }],
    ],
    [
      'an image part by address',
      message([{ type: 'output_image', image_url: 'https://img.example/a.png' }]),
      [{ kind: 'image', label: 'Image', url: 'https://img.example/a.png', bytes: null }],
    ],
    [
      'an item of a new kind',
      { type: 'mcp_list_tools', tools: ['a'] },
      [
        {
          kind: 'json',
          label: 'Output item "mcp_list_tools"',
          value: { type: 'mcp_list_tools', tools: ['a'] },
        },
      ],
    ],
    ['a value that is no item', 'nope', [{ kind: 'json', label: 'Output item', value: 'nope' }]],
    [
      'a part of a new kind',
      message([{ type: 'audio', data: 'x' }]),
      [{ kind: 'json', label: 'Content part "audio"', value: { type: 'audio', data: 'x' } }],
    ],
  ])('shows %s', (_name, item, expected) => {
    expect(outputEntries([item], answer)).toEqual(expected)
  })
})
