/*
 * The one kit for reading untrusted values (API bodies, our own config, storage): a guard turns
 * a raw value into a typed one, or returns NOT to reject it, and the caller decides what a
 * rejection means (a fallback, a reported problem, a refused response). Hand-written rather than
 * a schema library: the parsers stay lenient field by field and the page's JavaScript small.
 */
export const NOT: unique symbol = Symbol('not')
export type Guard<T> = (raw: unknown) => T | typeof NOT

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const string: Guard<string> = (raw) => (typeof raw === 'string' ? raw : NOT)
export const nonEmptyString: Guard<string> = (raw) => (typeof raw === 'string' && raw ? raw : NOT)
export const boolean: Guard<boolean> = (raw) => (typeof raw === 'boolean' ? raw : NOT)
export const finiteNumber: Guard<number> = (raw) =>
  typeof raw === 'number' && Number.isFinite(raw) ? raw : NOT
export const record: Guard<Record<string, unknown>> = (raw) => (isRecord(raw) ? raw : NOT)
export const array: Guard<unknown[]> = (raw) => (Array.isArray(raw) ? raw : NOT)

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (raw) => (raw === null ? null : guard(raw))
}

/** A string, or null for null and a missing value. */
export function optionalText(raw: unknown): string | null | typeof NOT {
  return raw === null || raw === undefined ? null : string(raw)
}

/*
 * Figures above this are not real (1e308 credits, 10^12 tokens): they are reported and left
 * out, so a badge never grows to hundreds of characters.
 */
export const MAX_SENSIBLE_FIGURE = 1e12

/** A count or amount: finite, zero or more, at most MAX_SENSIBLE_FIGURE; whole if asked. */
export function sensibleFigure(wholeNumber: boolean): Guard<number> {
  return (raw) =>
    typeof raw === 'number' &&
    Number.isFinite(raw) &&
    raw >= 0 &&
    raw <= MAX_SENSIBLE_FIGURE &&
    (!wholeNumber || Number.isInteger(raw))
      ? raw
      : NOT
}

/** One of the given words, exactly. */
export function oneOf<const T extends string>(...words: T[]): Guard<T> {
  return (raw) => (words.some((word) => word === raw) ? (raw as T) : NOT)
}

/** The guarded value, or `fallback` when the guard rejects it. */
export function or<T, F>(guard: Guard<T>, raw: unknown, fallback: F): T | F {
  const value = guard(raw)
  return value === NOT ? fallback : value
}
