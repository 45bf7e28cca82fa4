import fc from 'fast-check'
import { anyJson, anyObject, oddKey, scalar } from './hostile-values'
import { MISSING, objectFrom } from './wire-text'

/*
 * Fields of a lenient schema: each one right, missing, null or of the wrong type, in objects
 * that carry unknown fields too.
 */

/** A list sent as an object: `{"0": a, "1": b, "length": 2}`. */
function arrayAsObject<T>(item: fc.Arbitrary<T>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .array(item, { maxLength: 3 })
    .map((items) =>
      objectFrom([...items.map((v, i) => [String(i), v] as const), ['length', items.length]]),
    )
}

/** What a field of the wrong type holds instead of its value. */
export function wrongValue<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    scalar,
    anyObject,
    fc.array(anyJson, { maxLength: 3 }),
    arrayAsObject(right),
    right.map((value) => (typeof value === 'number' ? String(value) : [value])),
  )
}

/** A field: mostly its right value, else missing, null or of the wrong type. */
export function field<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: right },
    { weight: 1, arbitrary: fc.constant(MISSING) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: wrongValue(right) },
  )
}

/** A list: usually short, now and then thousands long (a few items repeated). */
export function list<T>(item: fc.Arbitrary<T>, wide = 1_500): fc.Arbitrary<T[]> {
  return fc.oneof(
    { weight: 60, arbitrary: fc.array(item, { maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(item, { minLength: 1, maxLength: 4 }), fc.integer({ min: 50, max: wide }))
        .map(([some, length]) => Array.from({ length }, (_, i) => some[i % some.length] as T)),
    },
  )
}

/**
 * An object of the given fields, each right, missing, null or wrong, plus a few unknown fields
 * (prototype names among them). Field order is kept; unknown fields never replace known ones.
 */
export function lenientObject(
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.entries(fields).map(([key, right]) =>
    field(right).map((value) => [key, value] as const),
  )
  return fc
    .tuple(fc.tuple(...known), fc.array(fc.tuple(oddKey, anyJson), { maxLength: 2 }))
    .map(([entries, extra]) => objectFrom([...entries, ...extra]))
}

/** A body that is not an object at all. */
export const notAnObject: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  fc.array(anyJson, { maxLength: 3 }),
)
