import { act, renderHook } from '@testing-library/react'
import { PAGE_CHARS } from './block-pages'
import { documentClient } from './markdown-client'
import type { MarkdownBlock } from './markdown-parse'
import { pageEnd, useMarkdownBlocks } from './use-markdown-blocks'

/** Blocks of 1,000 characters each from the start, as the worker sends them. */
const blocksOf = (count: number): MarkdownBlock[] =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'plain',
    start: index * 1_000,
    end: (index + 1) * 1_000,
    text: 'x',
  }))

describe('pageEnd', () => {
  it('takes the blocks up to the end of the page the next one starts in', () => {
    const blocks = blocksOf(9)
    expect(pageEnd(blocks, 0)).toBe(PAGE_CHARS / 1_000)
    expect(pageEnd(blocks, 3)).toBe(6)
    // A chunk that began inside a page finishes that page first.
    expect(pageEnd(blocks, 4)).toBe(6)
    expect(pageEnd(blocks, 9)).toBe(9)
  })
})

describe('useMarkdownBlocks', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('shows a parsed chunk one page per frame, and is done with the last page', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
    const parsed = blocksOf(9)
    vi.spyOn(documentClient, 'request').mockImplementation((_text, _options, onUpdate) => {
      onUpdate(parsed, true)
      return () => {}
    })
    const text = `${'y'.repeat(8_999)}\n`
    const { result } = renderHook(() => useMarkdownBlocks(text, 'markdown'))
    const shownParsed = () => result.current.blocks.filter((block) => parsed.includes(block))
    expect(shownParsed()).toEqual(parsed.slice(0, 3))
    // The rest of the text stays plain meanwhile, so the page keeps its length.
    expect(result.current.blocks.at(-1)?.end).toBe(text.length)
    expect(result.current.done).toBe(false)
    await act(async () => vi.advanceTimersByTime(17))
    expect(shownParsed()).toEqual(parsed.slice(0, 6))
    await act(async () => vi.advanceTimersByTime(17))
    expect(result.current.blocks).toEqual(parsed)
    expect(result.current.done).toBe(true)
  })
})
