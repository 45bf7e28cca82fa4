// @vitest-environment node
import { tableCandidates, tableColumns } from './table-columns'

describe('tableColumns', () => {
  it('is the union of keys in order of first appearance', () => {
    const rows = [{ a: 1, b: 2 }, { c: 3, a: 4 }, { d: 5 }]
    expect(tableColumns(rows)).toEqual({ columns: ['a', 'b', 'c', 'd'], capped: false })
  })

  it('keeps odd keys as columns', () => {
    const rows = [JSON.parse('{"__proto__": 1, "constructor": 2, "": 3}')]
    expect(tableColumns(rows).columns).toEqual(['__proto__', 'constructor', ''])
  })

  it('caps the number of columns', () => {
    const row = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`k${i}`, i]))
    const result = tableColumns([row])
    expect(result.capped).toBe(true)
    expect(result.columns).toHaveLength(500)
  })
})

describe('tableCandidates', () => {
  it('finds the value itself or its top-level arrays of objects', () => {
    expect(tableCandidates([{ a: 1 }]).map((c) => c.pointer)).toEqual([''])
    const value = { records: [{ a: 1 }], tags: ['x'], mixed: [{ a: 1 }, 2], empty: [], 'a/b': [{}] }
    expect(tableCandidates(value).map((c) => [c.pointer, c.label])).toEqual([
      ['/records', 'records'],
      ['/a~1b', 'a/b'],
    ])
    expect(tableCandidates('text')).toEqual([])
  })

  it('names an array by its key with hidden characters as visible tokens, pointing at the key as sent', () => {
    const [candidate] = tableCandidates({ 'rows\u202Eexe': [{ a: 1 }] })
    expect(candidate?.label).toBe('rows⟨U+202E⟩exe')
    expect(candidate?.pointer).toBe('/rows\u202Eexe')
  })
})
