import { type MarkdownBlock, parseBlocks } from './markdown-parse'

const options = { appOrigin: 'https://inspector.test', idPrefix: 'md1-' }

function elementBlocks(blocks: MarkdownBlock[]) {
  return blocks.flatMap((block) => (block.kind === 'hast' ? [block] : []))
}

describe('parseBlocks', () => {
  it('splits the document into top-level blocks with their source offsets', () => {
    const text = '# Title\n\nA paragraph.\n\n- one\n- two\n'
    const blocks = elementBlocks(parseBlocks(text, 0, options))
    expect(blocks.map((block) => block.node.tagName)).toEqual(['h1', 'p', 'ul'])
    expect(blocks.map((block) => block.start)).toEqual([0, 9, 23])
    expect(text.slice(blocks[1]?.start, blocks[1]?.end)).toBe('A paragraph.\n\n')
  })

  it('adds the chunk offset to every block', () => {
    const blocks = parseBlocks('para', 500, options)
    expect(blocks[0]).toMatchObject({ start: 500, end: 504 })
  })

  it('puts footnotes at the end with prefixed ids, so two documents do not clash', () => {
    const text = 'Claim.[^a]\n\n[^a]: Note.'
    const blocks = elementBlocks(parseBlocks(text, 0, options))
    const last = blocks.at(-1)
    expect(last?.node.tagName).toBe('section')
    expect(last?.start).toBe(text.length)
    expect(last?.ids).toEqual(expect.arrayContaining(['md1-footnote-label', 'md1-fn-a']))
    expect(blocks[0]?.ids).toEqual(['md1-fnref-a'])
    const other = elementBlocks(parseBlocks(text, 0, { ...options, idPrefix: 'md2-' }))
    expect(other.at(-1)?.ids).toContain('md2-fn-a')
  })

  it('keeps top-level raw HTML as a text block in its place', () => {
    const blocks = elementBlocks(parseBlocks('before\n\n<script>x</script>\n\nafter', 0, options))
    expect(blocks).toHaveLength(3)
    expect(blocks[1]?.node.children).toEqual([{ type: 'text', value: '<script>x</script>' }])
  })
})
