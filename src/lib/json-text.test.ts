// @vitest-environment node
import { RawNumber } from '@/lib/raw-number'
import { jsonText, nestingDepth, omittedNote, toJsonText } from '@/lib/json-text'

function nested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

describe('toJsonText', () => {
  it('matches JSON.stringify for ordinary values', () => {
    const value = { a: 1, b: [true, null, 'x', { c: [] }], d: {}, e: -2.5, f: 'q"\n' }
    expect(toJsonText(value)).toBe(JSON.stringify(value, null, 2))
    expect(toJsonText([])).toBe('[]')
    expect(toJsonText('hi')).toBe('"hi"')
  })

  it('drops undefined in objects and writes null in arrays, as JSON does', () => {
    expect(toJsonText({ a: undefined, b: [undefined] })).toBe('{\n  "b": [\n    null\n  ]\n}')
    expect(toJsonText(undefined)).toBe('undefined')
  })

  it('writes a value 5,000 levels deep without throwing, cut at the depth cap', () => {
    const deep = nested(5000)
    expect(() => JSON.stringify(nested(20000))).toThrow(RangeError)
    const text = toJsonText(deep)
    expect(text).toContain('"[… nested deeper, 4936 levels]"')
    expect(text.match(/"a":/g)).toHaveLength(64)
  })

  it('writes the whole of a deep value when asked, without recursion', () => {
    const text = toJsonText(nested(20000), {
      maxDepth: Number.POSITIVE_INFINITY,
      indent: 0,
      maxChars: 1e7,
    })
    expect(text.match(/"a":/g)).toHaveLength(20000)
    expect(text.endsWith('"bottom"' + '}'.repeat(20000))).toBe(true)
  })

  it('marks cycles instead of throwing, and prints shared values twice', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    expect(toJsonText(cyclic)).toBe('{\n  "a": 1,\n  "self": "[circular reference]"\n}')
    const shared = { x: 1 }
    expect(toJsonText([shared, shared], { indent: 0 })).toBe('[{"x":1},{"x":1}]')
  })

  it('prints BigInt and the source digits of a RawNumber', () => {
    expect(toJsonText({ big: 10n })).toBe('{\n  "big": 10\n}')
    const raw = new RawNumber(2 ** 64, '18446744073709551617')
    expect(toJsonText({ id: raw }, { indent: 0 })).toBe('{"id":18446744073709551617}')
    expect(toJsonText(new RawNumber(Number.POSITIVE_INFINITY, '1e400'))).toBe('1e400')
  })

  it('names Infinity, NaN and -0 instead of writing null or 0', () => {
    expect(toJsonText([Number.POSITIVE_INFINITY, Number.NaN, -0], { indent: 0 })).toBe(
      '[Infinity,NaN,-0]',
    )
  })

  it('caps the size and says how much it left out', () => {
    const value = { text: 'x'.repeat(1000) }
    const result = jsonText(value, { maxChars: 100 })
    expect(result.text).toHaveLength(100)
    const full = JSON.stringify(value, null, 2)
    expect(result.omitted).toBe(full.length - 100)
    expect(omittedNote(result)).toBe(
      `… ${(full.length - 100).toLocaleString('en-US')} more characters`,
    )
    expect(toJsonText(value, { maxChars: 100 })).toMatch(/\n… 9\d\d more characters$/)
  })

  it('stops counting a huge remainder and says "more than"', () => {
    const huge = Array.from({ length: 30 }, () => 'y'.repeat(1_000_000))
    const result = jsonText(huge, { maxChars: 10 })
    expect(result.omittedAtLeast).toBe(true)
    expect(omittedNote(result)).toMatch(/^… more than [\d,]+ more characters$/)
  })

  it('keeps __proto__ and constructor as ordinary keys', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"constructor":1}')
    expect(toJsonText(value, { indent: 0 })).toBe('{"__proto__":{"polluted":true},"constructor":1}')
  })

  it('escapes bidi and invisible characters when asked, as the same JSON value', () => {
    const value = { 'a\u202Eb': 'x\u200By' }
    const text = toJsonText(value, { escapeHidden: true, indent: 0 })
    expect(text).toBe('{"a\\u202eb":"x\\u200by"}')
    expect(JSON.parse(text)).toEqual(value)
  })
})

describe('nestingDepth', () => {
  it('counts levels, survives cycles and gives up over budget', () => {
    expect(nestingDepth(1)).toBe(0)
    expect(nestingDepth({ a: { b: [1] } })).toBe(3)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(nestingDepth(cyclic)).toBe(1)
    expect(
      nestingDepth(
        Array.from({ length: 100 }, () => [1]),
        10,
      ),
    ).toBeNull()
  })
})
