import { RawNumber, showNumber } from '@/lib/raw-number'
import { formatNumber } from '@/lib/format'

/*
 * Turning a response value into text must never throw and never take long, whatever the value:
 * JSON.stringify recurses (a value nested a few thousand levels deep throws RangeError), throws on
 * cycles and BigInt, and happily builds a 100 MB string. This walks the value with its own stack,
 * stops descending at a depth cap and stops writing at a size cap (still counting what is left,
 * within a budget, so the page can say how much it left out).
 */

export const JSON_DEPTH_CAP = 64
export const JSON_CHAR_CAP = 200_000
/* Past the cap, counting the rest stops after this many more characters ("more than N"). */
const COUNT_BUDGET = 20_000_000

export type JsonTextOptions = {
  /** Levels printed before "[… nested deeper, N levels]"; Infinity for all. */
  maxDepth?: number
  /** Characters written before the rest is only counted. */
  maxChars?: number
  /** Escape invisible and bidi characters as \uXXXX (same JSON value, but they cannot act). */
  escapeHidden?: boolean
  indent?: number
}

export type JsonText = {
  text: string
  /** Characters left out by the size cap (0 when complete). */
  omitted: number
  /** True when counting stopped early, so `omitted` is a lower bound. */
  omittedAtLeast: boolean
}

// Format and control characters, line/paragraph separators and invisible fillers (the same set
// that visible-text.ts reveals); JSON.stringify leaves all but C0 controls as they are.
const HIDDEN = /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/gu

function escapeChar(char: string): string {
  let out = ''
  for (let i = 0; i < char.length; i++) {
    out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`
  }
  return out
}

export function quoteString(text: string, escapeHidden = false): string {
  const quoted = JSON.stringify(text)
  return escapeHidden ? quoted.replace(HIDDEN, escapeChar) : quoted
}

export function isBranch(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof RawNumber)
}

/** Own enumerable keys, as JSON.stringify sees them; [] if a proxy or getter throws. */
export function keysOf(value: object): string[] {
  try {
    return Array.isArray(value)
      ? Array.from({ length: value.length }, (_, i) => String(i))
      : Object.keys(value)
  } catch {
    return []
  }
}

function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

/** How many levels a value goes down (1 for {"a": 1}); null when the walk runs over budget. */
export function nestingDepth(value: unknown, budget = 200_000): number | null {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  let steps = 0
  // One seen-set for the whole walk stops cycles and shared subtrees from being walked twice.
  const seen = new Set<object>()
  while (stack.length > 0) {
    if (++steps > budget) return null
    const [current, depth] = stack.pop() as [unknown, number]
    if (!isBranch(current) || seen.has(current)) continue
    seen.add(current)
    const keys = keysOf(current)
    if (keys.length === 0) continue
    deepest = Math.max(deepest, depth + 1)
    for (const key of keys) stack.push([read(current, key), depth + 1])
  }
  return deepest
}

type Task =
  | { kind: 'text'; text: string }
  | { kind: 'value'; value: unknown; depth: number; inArray: boolean }
  | { kind: 'leave'; value: object }

function scalarText(value: unknown, inArray: boolean, escapeHidden: boolean): string | null {
  if (value === null) return 'null'
  if (value instanceof RawNumber) return showNumber(value).text
  switch (typeof value) {
    case 'string':
      return quoteString(value, escapeHidden)
    case 'number':
      return showNumber(value).text
    case 'bigint':
      return value.toString()
    case 'boolean':
      return String(value)
    default:
      // undefined, functions and symbols: dropped from objects, null in arrays (as JSON does).
      return inArray ? 'null' : null
  }
}

/** Pretty JSON text for display and copying, with caps; never throws. */
export function jsonText(value: unknown, options: JsonTextOptions = {}): JsonText {
  const maxDepth = options.maxDepth ?? JSON_DEPTH_CAP
  const maxChars = options.maxChars ?? JSON_CHAR_CAP
  const escapeHidden = options.escapeHidden ?? false
  const indentWidth = options.indent ?? 2
  const parts: string[] = []
  let written = 0
  let omitted = 0
  let omittedAtLeast = false
  const ancestors = new Set<object>()

  function emit(text: string) {
    if (written < maxChars) {
      const room = maxChars - written
      if (text.length <= room) {
        parts.push(text)
        written += text.length
        return
      }
      parts.push(text.slice(0, room))
      written = maxChars
      omitted += text.length - room
      return
    }
    omitted += text.length
  }

  // Indentation stops growing past the depth cap, so very deep text stays readable.
  const pad = (depth: number) => ' '.repeat(indentWidth * Math.min(depth, JSON_DEPTH_CAP))
  const newline = indentWidth > 0 ? '\n' : ''
  const colon = indentWidth > 0 ? ': ' : ':'

  if (!isBranch(value)) {
    const text = scalarText(value, false, escapeHidden) ?? String(value)
    emit(text)
    return { text: parts.join(''), omitted, omittedAtLeast }
  }

  const stack: Task[] = [{ kind: 'value', value, depth: 0, inArray: false }]
  while (stack.length > 0) {
    if (omitted > COUNT_BUDGET) {
      omittedAtLeast = true
      break
    }
    const task = stack.pop() as Task
    if (task.kind === 'text') {
      emit(task.text)
      continue
    }
    if (task.kind === 'leave') {
      ancestors.delete(task.value)
      continue
    }
    const current = task.value
    if (!isBranch(current)) {
      emit(scalarText(current, task.inArray, escapeHidden) ?? 'null')
      continue
    }
    if (ancestors.has(current)) {
      emit('"[circular reference]"')
      continue
    }
    const isArray = Array.isArray(current)
    const keys = keysOf(current)
    if (keys.length === 0) {
      emit(isArray ? '[]' : '{}')
      continue
    }
    if (task.depth >= maxDepth) {
      const levels = nestingDepth(current)
      emit(
        levels === null
          ? '"[… nested deeper]"'
          : `"[… nested deeper, ${levels} ${levels === 1 ? 'level' : 'levels'}]"`,
      )
      continue
    }
    // Entries are pushed in reverse, so they come off the stack in order.
    const childDepth = task.depth + 1
    const entries: Task[] = []
    let first = true
    for (const key of keys) {
      const child = read(current, key)
      if (!isArray && scalarText(child, false, escapeHidden) === null && !isBranch(child)) continue
      const prefix = `${first ? '' : ','}${newline}${pad(childDepth)}`
      entries.push({
        kind: 'text',
        text: isArray ? prefix : `${prefix}${quoteString(key, escapeHidden)}${colon}`,
      })
      entries.push({ kind: 'value', value: child, depth: childDepth, inArray: isArray })
      first = false
    }
    if (entries.length === 0) {
      emit(isArray ? '[]' : '{}')
      continue
    }
    ancestors.add(current)
    emit(isArray ? '[' : '{')
    stack.push({ kind: 'leave', value: current })
    stack.push({ kind: 'text', text: `${newline}${pad(task.depth)}${isArray ? ']' : '}'}` })
    for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i] as Task)
  }
  return { text: parts.join(''), omitted, omittedAtLeast }
}

/** "… 1,234 more characters", or null when nothing was left out. */
export function omittedNote(result: JsonText): string | null {
  if (result.omitted === 0) return null
  const count = formatNumber(result.omitted)
  return `… ${result.omittedAtLeast ? 'more than ' : ''}${count} more characters`
}

/** Pretty JSON text (capped in depth and size, with a note at the end when cut); never throws. */
export function toJsonText(value: unknown, options?: JsonTextOptions): string {
  const result = jsonText(value, options)
  const note = omittedNote(result)
  return note ? `${result.text}\n${note}` : result.text
}

/**
 * The whole value as pretty JSON, without caps, for copying: unlike JSON.stringify it does not
 * throw on deep nesting and writes a number too large for a double as it was sent.
 */
export function fullJsonText(value: unknown): string {
  return jsonText(value, { maxDepth: Number.POSITIVE_INFINITY, maxChars: Number.POSITIVE_INFINITY })
    .text
}
