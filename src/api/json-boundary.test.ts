// @vitest-environment node
import { replaceEqualDeep } from '@tanstack/react-query'
import { RawNumber } from '@/lib/raw-number'
import {
  looksTruncated,
  mayHaveInexactNumber,
  parseJson,
  renamedKey,
  revive,
  reviverHasSource,
} from './json-boundary'

describe('parseJson: prototype keys', () => {
  it('renames __proto__, constructor and prototype at any depth', () => {
    const parsed = parseJson(
      '{"a":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}},"list":[{"__proto__":1}]}',
    )
    expect(parsed).toEqual({
      a: { '⟨__proto__⟩': { polluted: true }, '⟨constructor⟩': { '⟨prototype⟩': { x: 1 } } },
      list: [{ '⟨__proto__⟩': 1 }],
    })
    const a = (parsed as { a: object }).a
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype)
    expect(Object.hasOwn(a, '__proto__')).toBe(false)
    expect(Object.hasOwn(a, 'constructor')).toBe(false)
  })

  it('catches a key spelled with escapes', () => {
    const parsed = parseJson('{"\\u005f_proto__":{"polluted":true}}')
    expect(Object.keys(parsed as object)).toEqual(['⟨__proto__⟩'])
  })

  it('never overwrites a key the object already has', () => {
    const parsed = parseJson('{"⟨__proto__⟩":"mine","__proto__":"theirs"}')
    expect(parsed).toEqual({ '⟨__proto__⟩': 'mine', '⟨__proto__⟩ (2)': 'theirs' })
    expect(renamedKey('constructor', { '⟨constructor⟩': 1, '⟨constructor⟩ (2)': 2 })).toBe(
      '⟨constructor⟩ (3)',
    )
  })

  it('leaves ordinary bodies as JSON.parse reads them', () => {
    const text = '{"id":"wrk_1","n":[1,2.5,-3],"s":"x","t":null,"b":true}'
    expect(parseJson(text)).toEqual(JSON.parse(text))
  })

  it('survives copying by assignment, as structural sharing does', () => {
    // With JSON.parse alone, copying an own "__proto__" by assignment changes the prototype.
    const raw = JSON.parse('{"x":{"__proto__":{"polluted":true}}}')
    const copy = replaceEqualDeep({ x: { other: 1 } }, raw)
    expect('polluted' in copy.x).toBe(true)

    const safe = parseJson('{"x":{"__proto__":{"polluted":true}}}')
    const safeCopy = replaceEqualDeep({ x: { other: 1 } }, safe) as { x: object }
    expect('polluted' in safeCopy.x).toBe(false)
    expect(safeCopy.x).toEqual({ '⟨__proto__⟩': { polluted: true } })
  })

  it('handles JSON nested thousands of levels deep', () => {
    const depth = 5000
    const text = `${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}`
    let node = parseJson(text) as Record<string, unknown>
    for (let i = 0; i < depth; i++) node = node.a as Record<string, unknown>
    expect(node).toEqual({ '⟨__proto__⟩': 1 })
  })
})

describe('parseJson: numbers a double cannot hold', () => {
  const text = '{"big":18446744073709551616,"huge":1e400,"negZero":-0,"ok":12.5}'

  it('keeps them as RawNumber where the reviver gets the source text, else as numbers', () => {
    const parsed = parseJson(text) as Record<string, unknown>
    expect(parsed.ok).toBe(12.5)
    if (reviverHasSource) {
      expect(parsed.big).toEqual(new RawNumber(18446744073709552000, '18446744073709551616'))
      expect(parsed.huge).toEqual(new RawNumber(Number.POSITIVE_INFINITY, '1e400'))
      expect(parsed.negZero).toBeInstanceOf(RawNumber)
    } else {
      expect(parsed.big).toBe(18446744073709552000)
      expect(parsed.huge).toBe(Number.POSITIVE_INFINITY)
      expect(Object.is(parsed.negZero, -0)).toBe(true)
    }
  })

  it('turns a number with its source into a RawNumber only when it is not exact', () => {
    const holder = {}
    expect(revive.call(holder, 'n', Number.POSITIVE_INFINITY, { source: '1e400' })).toEqual(
      new RawNumber(Number.POSITIVE_INFINITY, '1e400'),
    )
    expect(revive.call(holder, 'n', -0, { source: '-0' })).toBeInstanceOf(RawNumber)
    expect(revive.call(holder, 'n', 2 ** 64, { source: '18446744073709551616' })).toBeInstanceOf(
      RawNumber,
    )
    expect(revive.call(holder, 'n', 1e21, { source: '1e21' })).toBe(1e21)
    expect(revive.call(holder, 'n', 42, { source: '42' })).toBe(42)
    expect(revive.call(holder, 'n', 42)).toBe(42)
  })
})

describe('looksTruncated', () => {
  it.each([
    ['{"id":"wrk_1","messages":[{"role":"us', true],
    ['{"id":"wrk_1","messages":[', true],
    ['[1,2', true],
    ['{"a":"\\"}', true],
    ['{"a":1,,"b":2}', false],
    ["{'a': 1}", false],
    ['<html>502</html>', false],
    ['', false],
  ])('%j → %s', (text, truncated) => {
    expect(looksTruncated(text)).toBe(truncated)
  })
})

describe('the slow parse, only where a number needs it', () => {
  it('is taken for an exponent of a number, not for letters and digits in a string', () => {
    expect(mayHaveInexactNumber('{"file":"table-e001.csv","other":"E+123"}')).toBe(false)
    expect(mayHaveInexactNumber('{"n":1e400}')).toBe(true)
    expect(mayHaveInexactNumber('{"n":2.5E-308}')).toBe(true)
    expect(mayHaveInexactNumber('{"n":12345678901234567}')).toBe(true)
    expect(mayHaveInexactNumber('{"n":-0}')).toBe(true)
  })
})
