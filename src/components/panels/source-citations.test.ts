// @vitest-environment node
import { assistantTexts } from './source-citations'

describe('assistantTexts', () => {
  it('takes the text parts and content strings of assistant messages only', () => {
    const messages = [
      { role: 'user', content: 'https://example.org/reports/1' },
      { role: 'assistant', content: 'plain' },
      {
        role: 'assistant',
        parts: [
          { type: 'text', text: 'part' },
          { type: 'reasoning', text: 'no' },
        ],
      },
      null,
    ]
    expect(assistantTexts(messages)).toEqual(['plain', 'part'])
  })
})
