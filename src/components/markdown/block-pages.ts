import type { MarkdownBlock } from './markdown-parse'

/*
 * Blocks are mounted and unmounted in pages of a few thousand characters: fewer elements to
 * observe than one per block, and each page stays cheap to render (well under one frame).
 *
 * A page is the blocks that start in one span of PAGE_CHARS of the source, keyed by the span's
 * offset. So a page is the same page however the blocks before it change: when a chunk of a long
 * answer is parsed, only the pages of that chunk get new blocks; the pages after it keep their
 * keys, stay mounted (or keep their measured height) and do not move what the reader looks at.
 */
export const PAGE_CHARS = 3_000

export type BlockPage = { key: number; blocks: MarkdownBlock[]; chars: number }

export function groupPages(blocks: readonly MarkdownBlock[], size = PAGE_CHARS): BlockPage[] {
  const pages: BlockPage[] = []
  let page: BlockPage | null = null
  for (const block of blocks) {
    const key = Math.floor(block.start / size) * size
    if (!page || key !== page.key) {
      page = { key, blocks: [], chars: 0 }
      pages.push(page)
    }
    page.blocks.push(block)
    page.chars += block.end - block.start
  }
  return pages
}

/** The index of the page holding character `offset` (the last page whose first block starts at or before it). */
export function pageAt(pages: readonly BlockPage[], offset: number): number {
  let found = 0
  pages.forEach((page, index) => {
    if ((page.blocks[0]?.start ?? page.key) <= offset) found = index
  })
  return found
}

/** A first guess at a page's height before it is mounted: about one line per 90 characters. */
export function estimateHeight(page: BlockPage): number {
  const lines = page.blocks.reduce(
    (sum, block) => sum + Math.ceil((block.end - block.start) / 90) + 1,
    0,
  )
  return lines * 22
}
