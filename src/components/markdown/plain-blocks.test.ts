// @vitest-environment node
import { plainBlocks } from './plain-blocks'

const text = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}`).join('\n')

describe('plainBlocks', () => {
  it('covers the text from `from` to its end, in pieces of at most the size, cut after line ends', () => {
    const blocks = plainBlocks(text, 0, 500)
    expect(blocks.map((block) => (block.kind === 'plain' ? block.text : '')).join('')).toBe(text)
    for (const block of blocks) {
      expect(block.end - block.start).toBeLessThanOrEqual(500)
      if (block.end < text.length) expect(text[block.end - 1]).toBe('\n')
    }
  })

  it('cuts where it would from the start, wherever the plain part begins', () => {
    const whole = plainBlocks(text, 0, 500).map((block) => block.start)
    for (const from of [1, 499, 500, 2_345, 7_000]) {
      const starts = plainBlocks(text, from, 500).map((block) => block.start)
      expect(starts[0]).toBe(from)
      expect(starts.slice(1)).toEqual(whole.filter((start) => start > from))
    }
  })

  it('cuts a line longer than the size at fixed places', () => {
    const long = 'y'.repeat(1_250)
    expect(plainBlocks(long, 0, 500).map((block) => block.start)).toEqual([0, 250, 500, 750, 1_000])
  })
})
