import microdiff from 'microdiff'
import { quoteString } from '@/lib/json-text'
import { RawNumber } from '@/lib/raw-number'

/*
 * Two structured outputs, key by key (microdiff), as added / removed / changed entries with a
 * JSONPath each. The values come from the API, so microdiff is given a plain copy of them
 * first: objects without a prototype (a key such as "constructor" or "__proto__" is then just a
 * key, and `in` finds only what was sent), exact numbers as their written text, and a cap on
 * depth and size, since microdiff recurses and a hostile body can nest thousands of levels.
 */
export type PathSegment = string | number

export type JsonChange = {
  kind: 'added' | 'removed' | 'changed'
  segments: PathSegment[]
  /** `$.prices[2].eur`; keys that are not identifiers are quoted: `$["a b"]`. */
  path: string
  /** The value in the first run (undefined when added). */
  before: unknown
  /** The value in the second run (undefined when removed). */
  after: unknown
}

export type JsonDiff =
  /** Neither run has a structured output. */
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'changes'; changes: JsonChange[] }
  | { kind: 'too-large'; reason: 'deep' | 'big' }

export type JsonDiffLimits = { depth: number; nodes: number }

export const JSON_DIFF_LIMITS: JsonDiffLimits = { depth: 64, nodes: 100_000 }

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

export function jsonPath(segments: readonly PathSegment[]): string {
  let path = '$'
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (IDENTIFIER.test(segment)) path += `.${segment}`
    // Hidden and bidi characters escaped, so a key cannot disguise itself as another path.
    else path += `[${quoteString(segment, true)}]`
  }
  return path
}

export function diffJson(a: unknown, b: unknown, limits = JSON_DIFF_LIMITS): JsonDiff {
  const absentA = a === null || a === undefined
  const absentB = b === null || b === undefined
  if (absentA && absentB) return { kind: 'none' }
  if (absentA || absentB) {
    return { kind: 'changes', changes: [change(absentA ? 'added' : 'removed', [], a, b)] }
  }
  const numbers = new Map<string, symbol>()
  const copyA = plainCopy(a, limits, numbers)
  const copyB = plainCopy(b, limits, numbers)
  if (!copyA.ok) return { kind: 'too-large', reason: copyA.reason }
  if (!copyB.ok) return { kind: 'too-large', reason: copyB.reason }
  const [left, right] = [copyA.value, copyB.value]
  if (!isBranch(left) || !isBranch(right) || Array.isArray(left) !== Array.isArray(right)) {
    return Object.is(left, right)
      ? { kind: 'same' }
      : { kind: 'changes', changes: [change('changed', [], a, b)] }
  }
  const changes = microdiff(left, right, { cyclesFix: false }).map((entry) =>
    change(KINDS[entry.type], entry.path, a, b),
  )
  return changes.length === 0 ? { kind: 'same' } : { kind: 'changes', changes }
}

const KINDS = { CREATE: 'added', REMOVE: 'removed', CHANGE: 'changed' } as const

function change(
  kind: JsonChange['kind'],
  segments: PathSegment[],
  a: unknown,
  b: unknown,
): JsonChange {
  return {
    kind,
    segments,
    path: jsonPath(segments),
    // Read from the values as sent, so exact numbers and nested values show as they came.
    before: kind === 'added' ? undefined : valueAt(a, segments),
    after: kind === 'removed' ? undefined : valueAt(b, segments),
  }
}

/** The value at `segments`, through own properties only. */
export function valueAt(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined
    if (!Object.hasOwn(current, segment)) return undefined
    current = Reflect.get(current, segment)
  }
  return current
}

type Branch = Record<string, unknown> | unknown[]

function isBranch(value: unknown): value is Branch {
  return typeof value === 'object' && value !== null
}

type Copy = { ok: true; value: unknown } | { ok: false; reason: 'deep' | 'big' }

/*
 * A copy microdiff can walk safely, built with an explicit stack. A RawNumber (a number JSON
 * could not hold exactly) becomes a symbol named by its text, one per text in this diff, so
 * microdiff compares it by identity like any other leaf and it equals nothing else.
 */
function plainCopy(value: unknown, limits: JsonDiffLimits, numbers: Map<string, symbol>): Copy {
  const copyOf = (item: unknown): unknown => {
    if (item instanceof RawNumber) {
      const known = numbers.get(item.source) ?? Symbol(item.source)
      numbers.set(item.source, known)
      return known
    }
    if (typeof item !== 'object' || item === null) return item
    return Array.isArray(item) ? [] : Object.create(null)
  }
  const root = copyOf(value)
  const stack: Array<{ from: unknown; to: unknown; depth: number }> = [
    { from: value, to: root, depth: 1 },
  ]
  let nodes = 0
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { from, to, depth } = next
    if (!isBranch(from) || !isBranch(to)) continue
    if (depth > limits.depth) return { ok: false, reason: 'deep' }
    for (const key of Array.isArray(from) ? from.keys() : Object.keys(from)) {
      if (++nodes > limits.nodes) return { ok: false, reason: 'big' }
      const item: unknown = Reflect.get(from, key)
      const copy = copyOf(item)
      // The target has no prototype: setting "__proto__" makes an own key, not a prototype.
      Reflect.set(to, key, copy)
      if (isBranch(copy)) stack.push({ from: item, to: copy, depth: depth + 1 })
    }
  }
  return { ok: true, value: root }
}
