// @vitest-environment node
import { RawNumber } from '@/lib/raw-number'
import { MAX_MATCHES, searchJson } from './json-search'

describe('searchJson', () => {
  it('finds keys and values case-insensitively, in document order', () => {
    const value = { Name: 'x', list: [{ title: 'the name' }, 'nothing'], n: 42 }
    expect(searchJson(value, 'NAME').pointers).toEqual(['/Name', '/list/0/title'])
    expect(searchJson(value, '42').pointers).toEqual(['/n'])
    expect(searchJson(value, '  ').pointers).toEqual([])
  })

  it('matches raw number digits and survives cycles', () => {
    const cyclic: Record<string, unknown> = { id: new RawNumber(2 ** 64, '18446744073709551617') }
    cyclic.self = cyclic
    expect(searchJson(cyclic, '551617').pointers).toEqual(['/id'])
  })

  it('stops at the match cap', () => {
    const many = Array.from({ length: MAX_MATCHES + 5 }, () => 'hit')
    const result = searchJson(many, 'hit')
    expect(result.capped).toBe(true)
    expect(result.pointers).toHaveLength(MAX_MATCHES)
  })
})
