import { formatBytes, formatCredits, formatDuration, timestampToDate } from './format'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
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
    [2048 * 1024 ** 4, '2048 TB'],
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
