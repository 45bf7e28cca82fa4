import { splitChunks } from './markdown-chunks'

describe('splitChunks', () => {
  it('keeps a short text whole', () => {
    expect(splitChunks('# a\n\nb', 100)).toEqual([{ start: 0, text: '# a\n\nb' }])
  })

  it('cuts at blank lines once a chunk is long enough, and the chunks cover the text exactly', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} with some words.`).join(
      '\n\n',
    )
    const chunks = splitChunks(text, 100)
    expect(chunks.length).toBeGreaterThan(3)
    for (const chunk of chunks)
      expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text)
    const rebuilt = chunks.map((chunk) => chunk.text).join('\n')
    expect(rebuilt).toBe(text)
    for (const chunk of chunks.slice(1)) expect(text[chunk.start - 1]).toBe('\n')
  })

  it('never cuts inside fenced code, even at a blank line', () => {
    const code = ['```js', 'const a = 1', '', '', 'const b = 2', '```'].join('\n')
    const text = `${'x'.repeat(120)}\n\n${code}\n\nafter`
    const chunks = splitChunks(text, 100)
    expect(chunks.some((chunk) => chunk.text.includes(code))).toBe(true)
  })

  it('keeps a text with definitions whole (they apply to the whole document)', () => {
    const text = `${'word '.repeat(100)}\n\nSee[^1].\n\n${'word '.repeat(100)}\n\n[^1]: The note.`
    expect(splitChunks(text, 100)).toHaveLength(1)
  })
})
