import type { MarkdownBlock } from './markdown-parse'

/*
 * Blocks are mounted and unmounted in pages of a few thousand characters: fewer elements to
 * observe than one per block, and each page stays cheap to render (well under one frame).
 */
export const PAGE_CHARS = 3_000

export type BlockPage = { key: number; blocks: MarkdownBlock[]; chars: number }

export function groupPages(blocks: readonly MarkdownBlock[], size = PAGE_CHARS): BlockPage[] {
  const pages: BlockPage[] = []
  let page: BlockPage | null = null
  for (const block of blocks) {
    const chars = block.end - block.start
    if (!page || page.chars >= size) {
      page = { key: block.start, blocks: [], chars: 0 }
      pages.push(page)
    }
    page.blocks.push(block)
    page.chars += chars
  }
  return pages
}

/** The index of the page holding character `offset` (the last page starting at or before it). */
export function pageAt(pages: readonly BlockPage[], offset: number): number {
  let found = 0
  pages.forEach((page, index) => {
    if (page.key <= offset) found = index
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
