// @vitest-environment node
import { RawNumber } from '@/lib/raw-number'
import { type JsonDiff, diffJson, jsonPath } from './json-diff'

function changes(diff: JsonDiff) {
  if (diff.kind !== 'changes') throw new Error(`expected changes, got ${diff.kind}`)
  return diff.changes.map(({ kind, path, before, after }) => ({ kind, path, before, after }))
}

describe('jsonPath', () => {
  it('writes identifiers with dots and indexes in brackets', () => {
    expect(jsonPath([])).toBe('$')
    expect(jsonPath(['prices', 2, 'eur'])).toBe('$.prices[2].eur')
    expect(jsonPath(['_a1'])).toBe('$._a1')
  })

  it('quotes keys that are not identifiers, a numeric key included', () => {
    expect(jsonPath(['a b'])).toBe('$["a b"]')
    expect(jsonPath(['2'])).toBe('$["2"]')
    expect(jsonPath(['1st', 'x-y', ''])).toBe('$["1st"]["x-y"][""]')
    expect(jsonPath(['say "hi"'])).toBe('$["say \\"hi\\""]')
  })

  it('escapes hidden and bidi characters so a key cannot pass for another', () => {
    expect(jsonPath(['price\u202Eeur'])).toBe('$["price\\u202eeur"]')
  })
})

describe('diffJson', () => {
  it('lists added, removed and changed entries with their paths and values', () => {
    const a = { price: 5490, prices: [{ eur: 10 }, { eur: 20 }, { eur: 30 }], old: true }
    const b = { price: 4990, prices: [{ eur: 10 }, { eur: 20 }, { eur: 31 }], 'a b': 'new' }
    expect(changes(diffJson(a, b))).toEqual([
      { kind: 'changed', path: '$.price', before: 5490, after: 4990 },
      { kind: 'changed', path: '$.prices[2].eur', before: 30, after: 31 },
      { kind: 'removed', path: '$.old', before: true, after: undefined },
      { kind: 'added', path: '$["a b"]', before: undefined, after: 'new' },
    ])
  })

  it('reports a nested object added as one entry holding the whole value', () => {
    expect(changes(diffJson({ a: 1 }, { a: 1, extra: { deep: [1, 2] } }))).toEqual([
      { kind: 'added', path: '$.extra', before: undefined, after: { deep: [1, 2] } },
    ])
  })

  it('reports an array that grew or shrank by index', () => {
    expect(changes(diffJson({ list: [1, 2] }, { list: [1, 2, 3] }))).toEqual([
      { kind: 'added', path: '$.list[2]', before: undefined, after: 3 },
    ])
    expect(changes(diffJson([1, 2], [1]))).toEqual([
      { kind: 'removed', path: '$[1]', before: 2, after: undefined },
    ])
  })

  it('says when nothing changed, and when neither run has a structured output', () => {
    expect(diffJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual({ kind: 'same' })
    expect(diffJson(null, null)).toEqual({ kind: 'none' })
    expect(diffJson(undefined, null)).toEqual({ kind: 'none' })
  })

  it('treats a structured output on one side only as added or removed at the root', () => {
    expect(changes(diffJson(null, { a: 1 }))).toEqual([
      { kind: 'added', path: '$', before: undefined, after: { a: 1 } },
    ])
    expect(changes(diffJson([1], null))).toEqual([
      { kind: 'removed', path: '$', before: [1], after: undefined },
    ])
  })

  it('compares roots of different kinds as one change', () => {
    expect(changes(diffJson({ a: 1 }, [1]))).toEqual([
      { kind: 'changed', path: '$', before: { a: 1 }, after: [1] },
    ])
    expect(changes(diffJson('yes', 'no'))).toEqual([
      { kind: 'changed', path: '$', before: 'yes', after: 'no' },
    ])
    expect(diffJson(3, 3)).toEqual({ kind: 'same' })
  })

  it('takes keys named like prototype members as plain keys', () => {
    const a = JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "toString": "a"}')
    const b = JSON.parse('{"__proto__": {"x": 2}}')
    expect(changes(diffJson(a, b))).toEqual([
      { kind: 'changed', path: '$.__proto__.x', before: 1, after: 2 },
      { kind: 'removed', path: '$.constructor', before: 1, after: undefined },
      { kind: 'removed', path: '$.toString', before: 'a', after: undefined },
    ])
    expect(changes(diffJson({}, { constructor: 'x' }))).toEqual([
      { kind: 'added', path: '$.constructor', before: undefined, after: 'x' },
    ])
  })

  it('compares exact numbers by their written text, and keeps them as sent', () => {
    const big = (source: string) => new RawNumber(Number(source), source)
    const a = { id: big('12345678901234567890'), same: big('1e400') }
    const b = { id: big('12345678901234567891'), same: big('1e400') }
    const [entry] = changes(diffJson(a, b))
    expect(entry).toMatchObject({ kind: 'changed', path: '$.id' })
    expect(entry?.before).toBe(a.id)
    expect(entry?.after).toBe(b.id)
    expect(diffJson({ n: big('1e400') }, { n: Infinity }).kind).toBe('changes')
    expect(diffJson({ n: big('1e400') }, { n: 'n:1e400' }).kind).toBe('changes')
  })

  it('gives up on values nested deeper or larger than its limits instead of recursing', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 5_000; i++) deep = { next: deep }
    expect(diffJson(deep, { next: 1 })).toEqual({ kind: 'too-large', reason: 'deep' })
    const wide = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i]))
    expect(diffJson(wide, {}, { depth: 64, nodes: 1_000 })).toEqual({
      kind: 'too-large',
      reason: 'big',
    })
    expect(diffJson(wide, { ...wide, k5: -1 }).kind).toBe('changes')
  })
})
