// @vitest-environment node
import { groupPages, pageAt } from './block-pages'
import type { MarkdownBlock } from './markdown-parse'
import { plainBlocks } from './plain-blocks'

const text = Array.from({ length: 600 }, (_, i) => `Line ${i} of a long answer.`).join('\n')

/** Blocks as the page has them while the worker parses: parsed up to `parsedTo`, plain after. */
function blocksParsedTo(parsedTo: number): MarkdownBlock[] {
  const parsed = plainBlocks(text, 0, 300)
    .filter((block) => block.end <= parsedTo)
    .map((block) => ({
      ...block,
      kind: 'hast' as const,
      node: { type: 'element' as const, tagName: 'p', properties: {}, children: [] },
      ids: [],
    }))
  const from = parsed.at(-1)?.end ?? 0
  return [...parsed, ...plainBlocks(text, from)]
}

describe('groupPages', () => {
  it('keeps the pages after the parsed part as they were while chunks are parsed', () => {
    const before = groupPages(blocksParsedTo(2_000), 3_000)
    const after = groupPages(blocksParsedTo(8_000), 3_000)
    const tail = (pages: typeof before) =>
      pages
        .filter((page) => page.key >= 9_000)
        .map((page) => [page.key, page.blocks.map((b) => b.start)])
    expect(tail(after)).toEqual(tail(before))
    expect(tail(after).length).toBeGreaterThan(0)
  })

  it('keys each page by the span its first block starts in', () => {
    const pages = groupPages(plainBlocks(text, 0, 1_000), 3_000)
    for (const page of pages) {
      expect(page.key % 3_000).toBe(0)
      for (const block of page.blocks)
        expect(Math.floor(block.start / 3_000) * 3_000).toBe(page.key)
    }
  })
})

describe('pageAt', () => {
  it('finds the page of an offset inside a block that began in an earlier span', () => {
    const block = (start: number, end: number): MarkdownBlock => ({
      kind: 'plain',
      start,
      end,
      text: text.slice(start, end),
    })
    const pages = groupPages([block(0, 2_900), block(2_900, 7_000), block(7_000, 7_100)], 3_000)
    expect(pages.map((page) => page.key)).toEqual([0, 6_000])
    expect(pageAt(pages, 6_500)).toBe(0)
    expect(pageAt(pages, 7_050)).toBe(1)
  })
})
