// @vitest-environment node
import { parseRetryAfter } from './retry-after'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-07-18T12:00:00Z')
  const headers = (init: Record<string, string>) => new Headers(init)

  it('reads delta-seconds', () => {
    expect(parseRetryAfter(headers({ 'Retry-After': '120' }), now)).toBe(120_000)
    expect(parseRetryAfter(headers({ 'Retry-After': '0' }), now)).toBe(0)
    expect(parseRetryAfter(headers({ 'Retry-After': ' 3 ' }), now)).toBe(3000)
  })

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter(headers({ 'Retry-After': 'Sat, 18 Jul 2026 12:00:30 GMT' }), now)).toBe(
      30_000,
    )
  })

  it('treats an HTTP date in the past as no wait', () => {
    expect(parseRetryAfter(headers({ 'Retry-After': 'Sat, 18 Jul 2026 11:00:00 GMT' }), now)).toBe(
      0,
    )
  })

  it('prefers retry-after-ms', () => {
    expect(parseRetryAfter(headers({ 'Retry-After-Ms': '1500', 'Retry-After': '60' }), now)).toBe(
      1500,
    )
  })

  it('falls back to Retry-After when retry-after-ms is garbage', () => {
    expect(parseRetryAfter(headers({ 'Retry-After-Ms': 'soon', 'Retry-After': '2' }), now)).toBe(
      2000,
    )
    expect(parseRetryAfter(headers({ 'Retry-After-Ms': '-5' }), now)).toBeNull()
  })

  it.each(['soon', '12abc', '1e3', 'NaN', ''])('ignores the garbage value %j', (value) => {
    expect(parseRetryAfter(headers({ 'Retry-After': value }), now)).toBeNull()
  })

  it('reads a negative delay as no wait and keeps an absurd one for the retry rule to clamp', () => {
    expect(parseRetryAfter(headers({ 'Retry-After': '-30' }), now)).toBe(0)
    expect(parseRetryAfter(headers({ 'Retry-After': '99999999999' }), now)).toBe(99_999_999_999_000)
  })

  it('returns null without the headers', () => {
    expect(parseRetryAfter(new Headers(), now)).toBeNull()
  })
})
