// @vitest-environment node
import { ancestorPointers, jqPath, jsPath, parsePointer, toPointer } from './json-path'

describe('JSON paths', () => {
  it('writes JS paths with dots for identifiers and brackets for the rest', () => {
    expect(jsPath(['records', 12, 'id'])).toBe('data.records[12].id')
    expect(jsPath([])).toBe('data')
    expect(jsPath(['odd key', '$ok', '1st', 'a"b'])).toBe('data["odd key"].$ok["1st"]["a\\"b"]')
    expect(jsPath(['__proto__'])).toBe('data.__proto__')
  })

  it('writes jq paths with quoted odd keys', () => {
    expect(jqPath(['records', 12, 'id'])).toBe('.records[12].id')
    expect(jqPath([])).toBe('.')
    expect(jqPath(['odd key', '$x', 'a\u202Eb'])).toBe('."odd key"."$x"."a\u202Eb"')
  })

  it('round-trips JSON pointers with ~ and /', () => {
    const segments = ['a/b', 'c~d', '', 3]
    const pointer = toPointer(segments)
    expect(pointer).toBe('/a~1b/c~0d//3')
    expect(parsePointer(pointer)).toEqual(['a/b', 'c~d', '', '3'])
    expect(parsePointer('nope')).toBeNull()
    expect(ancestorPointers('/a/b/c')).toEqual(['', '/a', '/a/b'])
  })
})
