import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
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

/* The top-level structure of a parse: each block's type, lists by kind, nested lists counted. */
function structure(markdown: string) {
  const counts: Record<string, number> = {}
  const visit = (node: { type: string; ordered?: boolean | null; children?: unknown[] }) => {
    const name = node.type === 'list' ? (node.ordered ? 'ordered list' : 'bullet list') : node.type
    counts[name] = (counts[name] ?? 0) + 1
    for (const child of node.children ?? []) visit(child as typeof node)
  }
  visit(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }))
  return counts
}

function chunkedStructure(markdown: string, size: number) {
  const total: Record<string, number> = {}
  for (const chunk of splitChunks(markdown, size)) {
    for (const [name, count] of Object.entries(structure(chunk.text))) {
      if (name !== 'root') total[name] = (total[name] ?? 0) + count
    }
  }
  return total
}

/* The usual shape of a research agent's report: sections of loose, nested lists. */
function report(sections: number): string {
  return Array.from({ length: sections }, (_, n) =>
    [
      `## Section ${n + 1}`,
      '',
      'An opening paragraph at the left margin, as reports have them.',
      '',
      '1. First finding, with enough words to make the section long.',
      '',
      '   A continuation paragraph of the first finding, indented under it.',
      '',
      '   - Nested point one',
      '   - Nested point two',
      '',
      '2. Second finding, after a blank line: the list is loose.',
      '',
      '    indented by four: still the item, not code',
      '',
      '- A bullet list after the ordered one',
      '',
      '- Its second item, loose too',
      '',
      '  More of the second item.',
    ].join('\n'),
  ).join('\n\n')
}

describe('chunks keep the look of a long answer', () => {
  it.each([200, 500, 2_000])(
    'a list-heavy report parsed in chunks of %i characters has the structure of the whole',
    (size) => {
      const text = report(60)
      expect(splitChunks(text, size).length).toBeGreaterThan(5)
      const whole = structure(text)
      delete whole.root
      expect(chunkedStructure(text, size)).toEqual(whole)
    },
  )

  it('does not cut before an indented line or a list item, only before a block at the margin', () => {
    const text = [`${'x'.repeat(120)}`, '', '   continued', '', '- item', '', 'New paragraph'].join(
      '\n',
    )
    const chunks = splitChunks(text, 100)
    expect(chunks.map((chunk) => chunk.text.split('\n')[0])).toEqual([
      'x'.repeat(120),
      'New paragraph',
    ])
  })
})
