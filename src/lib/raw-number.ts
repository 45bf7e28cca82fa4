/*
 * JSON numbers that a double cannot hold as written: integers beyond 2^53 (rounded), values
 * beyond ~1.8e308 (Infinity) and "-0". Where the browser gives the source text of a number to
 * JSON.parse's reviver (current Chromium and Node 22+), such a number is kept as a RawNumber,
 * so the page can show the digits as sent and mark the value as not exact.
 */
export class RawNumber {
  constructor(
    /** What JavaScript made of it; not exact. */
    readonly value: number,
    /** The number exactly as written in the response. */
    readonly source: string,
  ) {}

  toJSON(): number {
    return this.value
  }
}

/** True when `value` (parsed from `source`) is not exactly the number written. */
export function isUnfaithful(value: number, source: string): boolean {
  if (!Number.isFinite(value)) return true
  if (Object.is(value, -0)) return true
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return !/[.eE]/.test(source)
  return false
}

export type ShownNumber = { text: string; note: string | null }

/** A number as the page shows it, with a note when it is not exact. */
export function showNumber(value: number | RawNumber): ShownNumber {
  if (value instanceof RawNumber) {
    const note = Number.isFinite(value.value)
      ? `Too large to hold exactly; JavaScript reads it as ${String(value.value)}.`
      : 'Beyond the largest number JavaScript can hold.'
    return { text: value.source, note: Object.is(value.value, -0) ? 'Negative zero.' : note }
  }
  if (Number.isNaN(value)) return { text: 'NaN', note: 'Not a number.' }
  if (!Number.isFinite(value)) {
    return { text: value > 0 ? 'Infinity' : '-Infinity', note: 'Beyond the range of numbers.' }
  }
  if (Object.is(value, -0)) return { text: '-0', note: 'Negative zero.' }
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return { text: String(value), note: 'Rounded: too large to hold exactly.' }
  }
  return { text: String(value), note: null }
}
