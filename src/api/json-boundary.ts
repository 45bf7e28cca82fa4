import { isUnfaithful, RawNumber } from '@/lib/raw-number'

/*
 * The one JSON.parse for response bodies. Two things happen here, before anything reaches the
 * query cache:
 *
 * 1. Keys that name prototype machinery (`__proto__`, `constructor`, `prototype`) are renamed to
 *    `⟨__proto__⟩` and so on. JSON.parse creates an own `__proto__` key, harmless by itself, but
 *    every later copy made by assignment (react-query's structural sharing, any `out[key] = v` in
 *    a renderer) turns it into the object's prototype. Renaming removes the hazard for every
 *    consumer at once, and "Show JSON" shows the same renamed key the panels show, so the page
 *    never displays something the JSON view does not contain. The ⟨…⟩ brackets are the same
 *    marking the page uses for hidden characters: "this stands for something".
 * 2. Numbers a double cannot hold as written (1e400, -0, 2^64) stay as RawNumber with their
 *    digits, where the runtime hands the source text to the reviver (Chromium does; Node 20
 *    does not, and there they stay plain numbers, which showNumber still marks as inexact).
 */

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

type ReviverContext = { source?: string }

/** The name a prototype key gets; never one the object already has. */
export function renamedKey(key: string, holder: object): string {
  let name = `⟨${key}⟩`
  for (let n = 2; Object.hasOwn(holder, name); n++) name = `⟨${key}⟩ (${n})`
  return name
}

export function revive(
  this: unknown,
  key: string,
  value: unknown,
  context?: ReviverContext,
): unknown {
  if (
    PROTOTYPE_KEYS.has(key) &&
    typeof this === 'object' &&
    this !== null &&
    !Array.isArray(this)
  ) {
    // defineProperty, not assignment: assigning to "__proto__" would set the prototype.
    Object.defineProperty(this, renamedKey(key, this), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
    return undefined // deletes the original key
  }
  if (typeof value === 'number' && typeof context?.source === 'string') {
    if (isUnfaithful(value, context.source)) return new RawNumber(value, context.source)
  }
  return value
}

/*
 * The reviver costs a few times a plain parse on a large body, and JSON.parse walks it
 * recursively (a body nested some thousands of levels deep overflows the stack), so it runs
 * only when a number could need it, and the keys are otherwise renamed by an iterative walk.
 * The tests are conservative: any `\\u` escape (a key can be spelled with escapes), any of the
 * three names, any run of digits or exponent that might not fit a double. An exponent counts
 * only after a digit, as in every JSON number, so a file named "table-e001" costs nothing.
 */
const MAY_HAVE_PROTOTYPE_KEY = /__proto__|constructor|prototype|\\u/
const MAY_HAVE_INEXACT_NUMBER = /\d{16}|\d[eE][+-]?\d{3}|-0(?![\d.])/

/** Whether a body may hold a number a double cannot keep exactly (then the reviver runs). */
export const mayHaveInexactNumber = (text: string) => MAY_HAVE_INEXACT_NUMBER.test(text)

export function parseJson(text: string): unknown {
  if (reviverHasSource && mayHaveInexactNumber(text)) {
    try {
      return JSON.parse(text, revive)
    } catch (error) {
      // Too deep for the reviver: fall back to plain numbers, still renaming the keys.
      if (!(error instanceof RangeError)) throw error
    }
  }
  const value: unknown = JSON.parse(text)
  if (MAY_HAVE_PROTOTYPE_KEY.test(text)) renamePrototypeKeys(value)
  return value
}

/** The reviver's renaming, as a walk with its own stack so that depth does not matter. */
function renamePrototypeKeys(root: unknown): void {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item)
      continue
    }
    for (const key of Object.keys(node)) {
      const value: unknown = Reflect.get(node, key)
      if (PROTOTYPE_KEYS.has(key)) {
        Object.defineProperty(node, renamedKey(key, node), {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
        Reflect.deleteProperty(node, key)
      }
      stack.push(value)
    }
  }
}

/** Whether this runtime gives the reviver the source text of numbers. */
export const reviverHasSource: boolean = (() => {
  let seen = false
  JSON.parse('1', (_key, value, context?: ReviverContext) => {
    seen = typeof context?.source === 'string'
    return value
  })
  return seen
})()

/**
 * True when `text` looks like JSON that was cut off: it opens an object or array and ends
 * inside a string or with brackets still open. Iterative, so any depth is fine.
 */
export function looksTruncated(text: string): boolean {
  const start = text.trimStart()
  if (!start.startsWith('{') && !start.startsWith('[')) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < start.length; i++) {
    const c = start.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) depth++
    else if (c === 0x7d || c === 0x5d) depth--
  }
  return inString || depth > 0
}
