import { markdownPreview } from './markdown-preview'

describe('markdownPreview', () => {
  it('keeps short text whole', () => {
    expect(markdownPreview('# Title\n\nBody', 100)).toEqual({
      text: '# Title\n\nBody',
      truncated: false,
    })
  })

  it('cuts long text at a blank line near the limit', () => {
    const paragraph = 'word '.repeat(20).trim()
    const text = Array.from({ length: 50 }, () => paragraph).join('\n\n')
    const preview = markdownPreview(text, 500)
    expect(preview.truncated).toBe(true)
    expect(preview.text.length).toBeGreaterThanOrEqual(500)
    expect(preview.text.length).toBeLessThan(700)
    expect(text.startsWith(preview.text)).toBe(true)
    expect(preview.text.endsWith(paragraph)).toBe(true)
  })

  it('never cuts inside a fenced code block', () => {
    const code = [
      '```',
      ...Array.from({ length: 40 }, (_, i) => `line ${i}`),
      '',
      'more',
      '```',
    ].join('\n')
    const text = `intro\n\n${code}\n\nafter\n\n${'tail '.repeat(200)}`
    const preview = markdownPreview(text, 60)
    expect(preview.truncated).toBe(true)
    const fences = preview.text.match(/```/g) ?? []
    expect(fences.length % 2).toBe(0)
  })

  it('leaves a single huge block whole rather than cutting it', () => {
    const text = 'x'.repeat(1000)
    expect(markdownPreview(text, 100)).toEqual({ text, truncated: false })
  })
})
