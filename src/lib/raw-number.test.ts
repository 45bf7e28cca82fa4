// @vitest-environment node
import { RawNumber, isUnfaithful, showNumber } from './raw-number'

describe('isUnfaithful', () => {
  it('flags integers beyond 2^53, overflow and negative zero', () => {
    expect(isUnfaithful(2 ** 64, '18446744073709551616')).toBe(true)
    expect(isUnfaithful(Number.POSITIVE_INFINITY, '1e400')).toBe(true)
    expect(isUnfaithful(-0, '-0')).toBe(true)
  })

  it('accepts ordinary numbers, and large numbers written in exponent form', () => {
    expect(isUnfaithful(42, '42')).toBe(false)
    expect(isUnfaithful(0.5, '0.5')).toBe(false)
    expect(isUnfaithful(1e20, '1e20')).toBe(false)
  })
})

describe('showNumber', () => {
  it('shows a raw number from its source digits with a note', () => {
    const shown = showNumber(new RawNumber(2 ** 64, '18446744073709551617'))
    expect(shown.text).toBe('18446744073709551617')
    expect(shown.note).toMatch(/exactly/)
  })

  it('names Infinity, NaN and -0 as such', () => {
    expect(showNumber(Number.POSITIVE_INFINITY).text).toBe('Infinity')
    expect(showNumber(Number.NaN).text).toBe('NaN')
    expect(showNumber(-0).text).toBe('-0')
    expect(showNumber(7)).toEqual({ text: '7', note: null })
  })

  it('marks an unsafe integer without source text as rounded', () => {
    expect(showNumber(2 ** 60).note).toMatch(/Rounded/)
  })

  it('serializes back to a plain number', () => {
    expect(JSON.stringify({ n: new RawNumber(1, '1') })).toBe('{"n":1}')
  })
})
