// @vitest-environment node
import {
  formatAgo,
  formatBytes,
  formatCredits,
  formatDuration,
  formatElapsed,
  formatDateTime,
  formatNumber,
  formatUsd,
  formatShare,
  timestampToDate,
} from './format'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1,023 B'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [204800, '200 KB'],
    [1572864, '1.5 MB'],
    [10 * 1024 * 1024, '10 MB'],
    [1024 ** 3, '1 GB'],
    [2.25 * 1024 ** 3, '2.3 GB'],
    [1048575, '1 MB'],
    [1024 ** 3 - 1, '1 GB'],
    [5 * 1024 ** 4, '5 TB'],
    [2048 * 1024 ** 4, '2,048 TB'],
  ])('formats %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('returns an empty string for %d', (bytes) => {
    expect(formatBytes(bytes)).toBe('')
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [450, '450ms'],
    [999.4, '999ms'],
    [999.6, '1s'],
    [5000, '5s'],
    [60_000, '1m'],
    [83_000, '1m 23s'],
    [3_600_000, '1h'],
    [3_720_000, '1h 2m'],
    [3_723_000, '1h 2m'],
    [86_399_000, '23h 59m'],
    [86_400_000, '1d'],
    [(3 * 24 + 4) * 3_600_000 + 59_000, '3d 4h'],
    [400 * 86_400_000, '400d'],
    [1200 * 86_400_000 + 3_600_000, '1,200d 1h'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('returns an empty string for %d', (ms) => {
    expect(formatDuration(ms)).toBe('')
  })
})

describe('formatCredits', () => {
  it.each([
    [12345, '12,345 credits'],
    [1, '1 credit'],
    [0, '0 credits'],
    [2.5, '2.5 credits'],
  ])('formats %d as %s', (credits, text) => {
    expect(formatCredits(credits)).toBe(text)
  })

  it('returns an empty string for NaN', () => {
    expect(formatCredits(Number.NaN)).toBe('')
  })
})

describe('timestampToDate', () => {
  it('reads Unix seconds, as in the API examples', () => {
    expect(timestampToDate(1783692185)?.toISOString()).toBe('2026-07-10T14:03:05.000Z')
  })

  it('reads milliseconds too', () => {
    expect(timestampToDate(1783692185123)?.toISOString()).toBe('2026-07-10T14:03:05.123Z')
  })

  it('gives null for zero, negative and non-finite values', () => {
    expect(timestampToDate(0)).toBeNull()
    expect(timestampToDate(-5)).toBeNull()
    expect(timestampToDate(Number.NaN)).toBeNull()
  })
})

describe('formatCredits rounding', () => {
  it('agrees in number with what it shows', () => {
    expect(formatCredits(1.001)).toBe('1 credit')
    expect(formatCredits(1.5)).toBe('1.5 credits')
  })
})

describe('formatNumber', () => {
  it.each([
    [2000, '2,000'],
    [1234567.891, '1,234,567.89'],
    [0, '0'],
  ])('formats %d as %s', (value, text) => expect(formatNumber(value)).toBe(text))

  it('returns an empty string for NaN', () => expect(formatNumber(Number.NaN)).toBe(''))
})

describe('formatNumber and formatUsd write what Intl writes', () => {
  const intlNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
  const intlUsd = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 4,
  })
  // Every magnitude a double has, halves at the rounding digit, and both signs of zero.
  const random = (seed: number) => () => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  const next = random(42)
  const values = [0, -0, 0.005, 1.005, 2.675, -0.001, 0.00005, 999.995, 1e21, 1.5e300, -123456.789]
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(next() * 30 - 8)
    const value = Math.round(next() * 1e6) * magnitude * (next() < 0.3 ? -1 : 1)
    values.push(value, value + 0.005, value / 1000)
  }

  it('for numbers', () => {
    for (const value of values)
      expect(formatNumber(value), String(value)).toBe(intlNumber.format(value))
  })

  it('for dollars', () => {
    for (const value of values) expect(formatUsd(value), String(value)).toBe(intlUsd.format(value))
  })
})

describe('formatAgo', () => {
  it.each([
    [0, 'just now'],
    [-5000, 'just now'],
    [3000, '3 s ago'],
    [59_999, '59 s ago'],
    [60_000, '1 min ago'],
    [3 * 3600_000, '3 h ago'],
    [1500 * 86400_000, '1,500 d ago'],
  ])('%d ms later reads %s', (delta, text) =>
    expect(formatAgo(1_000_000, 1_000_000 + delta)).toBe(text),
  )
})

describe('formatElapsed', () => {
  it.each([
    [7000, '0:07'],
    [723_000, '12:03'],
    [3_723_000, '1:02:03'],
    [86_399_000, '23:59:59'],
    // From a day on it rolls over into days, as durations do.
    [86_400_000, '1d'],
    [(3 * 24 + 4) * 3_600_000 + 125_000, '3d 4h'],
    [-1, ''],
  ])('%d ms reads %s', (ms, text) => expect(formatElapsed(ms)).toBe(text))
})

describe('formatShare', () => {
  it.each([
    [0, '0%'],
    [0.25, '25%'],
    [1 / 3, '33%'],
    [0.004, '<1%'],
    [0.996, '>99%'],
    [1, '100%'],
    [-0.1, ''],
    [Number.NaN, ''],
  ])('%d reads %j', (share, shown) => expect(formatShare(share)).toBe(shown))
})

describe('formatDateTime', () => {
  it('writes the local day, month and 24-hour time', () => {
    expect(formatDateTime(new Date(2026, 11, 5, 9, 3, 7))).toBe('5 Dec 2026, 09:03:07')
    expect(formatDateTime(new Date(1999, 0, 31, 23, 59, 59))).toBe('31 Jan 1999, 23:59:59')
  })

  it('is empty for an invalid date', () => expect(formatDateTime(new Date(Number.NaN))).toBe(''))
})
