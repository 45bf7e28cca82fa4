// @vitest-environment node
import { parseCsv } from './csv-parse'

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, newlines in quotes and CRLF', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\n"multi\nline",\n'
    expect(parseCsv(text).rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', ''],
    ])
  })

  it('stops at the row cap and says so', () => {
    const text = Array.from({ length: 50 }, (_, i) => `${i}`).join('\n')
    const parsed = parseCsv(text, 10)
    expect(parsed.rows).toHaveLength(10)
    expect(parsed.truncated).toBe(true)
    expect(parseCsv('a\nb').truncated).toBe(false)
  })
})
