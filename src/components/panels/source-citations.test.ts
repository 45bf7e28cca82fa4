import type { Source } from '@/api/worker/schema'
import { citationCounts, firstCitations } from '@/api/worker/citations'
import { assistantTexts } from './source-citations'

const sources: Source[] = [
  { id: 'a', title: 'One', url: 'https://example.org/reports/1' },
  { id: 'b', title: 'Ten', url: 'https://example.org/reports/10/' },
  { id: 'c', title: 'Never', url: 'https://elsewhere.example/x' },
]

describe('citationCounts', () => {
  it('counts links and bare addresses per source, without prefix confusion', () => {
    const answer =
      'See [one](https://example.org/reports/1) and https://example.org/reports/10. ' +
      'Again [ten](https://example.org/reports/10 "title").'
    const message = 'As https://example.org/reports/1, noted.'
    expect(citationCounts([answer, message], sources)).toEqual([2, 2, 0])
  })

  it('finds where the answer first cites each source', () => {
    const answer = 'x https://example.org/reports/10 y [1](https://example.org/reports/1)'
    expect(firstCitations(answer, sources)).toEqual([
      answer.indexOf('https://example.org/reports/1)'),
      2,
      null,
    ])
  })
})

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
