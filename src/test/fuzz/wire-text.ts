import fc from 'fast-check'

/*
 * Generated bodies as values, and as the JSON text a server sends: own `__proto__` keys, numbers
 * JSON.stringify cannot write (1e400, -0) and nesting deeper than it can recurse.
 */

/** A field left out of the body altogether (dropped when the object is assembled). */
export const MISSING: unique symbol = Symbol('missing')

/*
 * A number written in the body exactly as given, beyond what JSON.stringify can write (1e400,
 * -0, 2^64). It travels as a marked string and `wireText` puts the bare digits in its place.
 */
const RAW_MARK = '\u0000raw:'
const RAW_LITERALS = [
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '0e0',
  '18446744073709551616',
  '-9007199254740993',
  '123456789012345678901234567890.5',
  '1.00000000000000000001',
  '1E+308',
]
export const rawNumber: fc.Arbitrary<string> = fc
  .constantFrom(...RAW_LITERALS)
  .map((text) => `${RAW_MARK}${text}\u0000`)

const RAW_IN_TEXT = /"\\u0000raw:([-+.0-9eE]+)\\u0000"/g

/*
 * JSON.stringify recurses, and a few thousand levels overflow the stack: a deeply nested value
 * (see `nest`) is stringified as a marked string of its JSON, which `wireText` puts in place.
 */
const NEST_MARK = '\u0000nest:'
const NEST_IN_TEXT = /"\\u0000nest:((?:[^"\\]|\\.)*)\\u0000"/g

/**
 * The body as the server sends it: JSON text, with the raw numbers put in as bare literals and
 * deep nesting written out, as a server that builds its JSON as text may send it.
 */
export function wireText(body: unknown): string {
  return (JSON.stringify(body) ?? 'null')
    .replace(NEST_IN_TEXT, (_match, literal: string) => String(JSON.parse(`"${literal}"`)))
    .replace(RAW_IN_TEXT, '$1')
}

/** Own properties for every key, `__proto__` included (assignment would set the prototype). */
export function objectFrom(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, value] of entries) {
    if (value === MISSING || Object.hasOwn(object, key)) continue
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return object
}

type NestKind = 'object' | 'array' | 'mixed'

/* Level 0 holds the leaf; 'mixed' starts with an array there. */
const isArrayLevel = (kind: NestKind, level: number) =>
  kind === 'array' || (kind === 'mixed' && level % 2 === 0)

function nestText(depth: number, kind: NestKind, key: string, leaf: unknown): string {
  const opens: string[] = []
  const closes: string[] = []
  for (let level = depth - 1; level >= 0; level--) {
    const array = isArrayLevel(kind, level)
    opens.push(array ? '[' : `{${JSON.stringify(key)}:`)
    closes.push(array ? ']' : '}')
  }
  return `${opens.join('')}${JSON.stringify(leaf) ?? 'null'}${closes.reverse().join('')}`
}

/**
 * `leaf` inside `depth` levels of objects (under `key`), arrays, or both in turn. A failing
 * case prints such a value as this call, which rebuilds it: deeper than fast-check can print.
 */
export function nest(depth: number, kind: NestKind, key: string, leaf: unknown): unknown {
  let value: unknown = leaf
  for (let level = 0; level < depth; level++) {
    value = isArrayLevel(kind, level) ? [value] : objectFrom([[key, value]])
  }
  if (typeof value !== 'object' || value === null) return value
  const text = nestText(depth, kind, key, leaf)
  const call = `nest(${depth}, ${fc.stringify(kind)}, ${fc.stringify(key)}, ${fc.stringify(leaf)})`
  Object.defineProperties(value, {
    [fc.toStringMethod]: { value: () => call },
    toJSON: { value: () => `${NEST_MARK}${text}\u0000` },
  })
  return value
}
