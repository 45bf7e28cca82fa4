// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { formatBytes, formatMs, formatRatio, median, medianRatio, slope, table } from './stats'

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, ignoring non-finite values', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([Number.NaN, 7])).toBe(7)
    expect(median([])).toBeNull()
  })
})

describe('medianRatio', () => {
  it('pairs each run with its own base and skips runs without one', () => {
    expect(medianRatio([200, 300, 90, null], [100, 100, 100, 100])).toBe(2)
    expect(medianRatio([100], [0])).toBeNull()
  })
})

describe('slope', () => {
  it('fits a straight line', () => {
    expect(
      slope([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toBeCloseTo(2)
    expect(slope([{ x: 1, y: 1 }])).toBeNull()
    expect(
      slope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull()
  })
})

describe('formatting', () => {
  it('shows milliseconds, ratios and bytes at a readable precision', () => {
    expect(formatMs(49.6)).toBe('50 ms')
    expect(formatMs(12_345)).toBe('12.3 s')
    expect(formatMs(null)).toBe('n/a')
    expect(formatRatio(2.104)).toBe('2.10x')
    expect(formatRatio(56.2)).toBe('56x')
    expect(formatBytes(300)).toBe('300 B')
    expect(formatBytes(2048)).toBe('2.0 KB')
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.50 MB')
    expect(formatBytes(-246_646)).toBe('-240.9 KB')
  })

  it('pads a table to its widest cells', () => {
    expect(table(['a', 'bb'], [['ccc', 'd']])).toBe('| a   | bb |\n|-----|----|\n| ccc | d  |')
  })
})
