// @vitest-environment node
import { normalizeUrl, sourceAnchor, sourceNumber, sourceNumbers } from '@/api/worker/citations'

describe('citations', () => {
  it('numbers sources from 1 with matching anchors', () => {
    expect(sourceNumber(0)).toBe(1)
    expect(sourceAnchor(sourceNumber(4))).toBe('source-5')
  })

  it('normalises URLs loosely for matching', () => {
    expect(normalizeUrl('https://www.Example.com/a/#top')).toBe(
      normalizeUrl('http://example.com/a'),
    )
    expect(normalizeUrl('https://example.com/a?x=1')).not.toBe(
      normalizeUrl('https://example.com/a'),
    )
    expect(normalizeUrl('javascript:alert(1)')).toBeNull()
    expect(normalizeUrl('not a url')).toBeNull()
  })

  it('maps each URL to the first source that has it', () => {
    const numbers = sourceNumbers([{ url: 'https://a.example' }, { url: 'https://a.example/' }])
    expect(numbers.get(normalizeUrl('https://a.example') ?? '')).toBe(1)
  })
})
