import { childPointer, type PathSegment, parsePointer } from './json-path'
import { isBranch, JSON_DEPTH_CAP, keysOf } from '@/lib/json-text'

/*
 * The tree is shown as a flat list of the rows that are visible (their parents expanded), so a
 * huge value costs only what is on screen once the list is virtualized, and "expand all" is a
 * flag rather than a walk that marks every node.
 */
export type TreeRow = {
  pointer: string
  /** The key or index under its parent; null for the root. */
  name: PathSegment | null
  value: unknown
  /** 0 for the root. */
  depth: number
  branch: boolean
  /** Number of children of a branch. */
  size: number
  isArray: boolean
  /** A branch at the depth cap: not expanded in the tree, only shown as text on request. */
  capped: boolean
  /** The value is one of its own ancestors. */
  circular: boolean
}

/** Expanded = (all ? not in toggled : in toggled). */
export type Expansion = { all: boolean; toggled: ReadonlySet<string> }

export const INITIAL_EXPANSION: Expansion = { all: false, toggled: new Set(['']) }
export const EXPAND_ALL: Expansion = { all: true, toggled: new Set() }

/* A safety net for "expand all" on an absurd value; the list stays usable. */
export const MAX_ROWS = 250_000

export function isExpanded(expansion: Expansion, pointer: string): boolean {
  return expansion.all !== expansion.toggled.has(pointer)
}

export function setExpanded(expansion: Expansion, pointer: string, open: boolean): Expansion {
  if (isExpanded(expansion, pointer) === open) return expansion
  const toggled = new Set(expansion.toggled)
  if (toggled.has(pointer)) toggled.delete(pointer)
  else toggled.add(pointer)
  return { all: expansion.all, toggled }
}

export function expandPointers(expansion: Expansion, pointers: readonly string[]): Expansion {
  return pointers.reduce((next, pointer) => setExpanded(next, pointer, true), expansion)
}

function childValue(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

type Frame =
  | { kind: 'row'; value: unknown; name: PathSegment | null; pointer: string; depth: number }
  | { kind: 'leave'; value: object }

export type Flattened = { rows: TreeRow[]; truncated: boolean }

export function flattenTree(
  value: unknown,
  expansion: Expansion,
  depthCap = JSON_DEPTH_CAP,
): Flattened {
  const rows: TreeRow[] = []
  const ancestors = new Set<object>()
  const stack: Frame[] = [{ kind: 'row', value, name: null, pointer: '', depth: 0 }]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    if (frame.kind === 'leave') {
      ancestors.delete(frame.value)
      continue
    }
    if (rows.length >= MAX_ROWS) return { rows, truncated: true }
    const { value: current, depth, pointer } = frame
    const branch = isBranch(current)
    const circular = branch && ancestors.has(current)
    const keys = branch && !circular ? keysOf(current) : []
    const capped = branch && !circular && depth >= depthCap && keys.length > 0
    rows.push({
      pointer,
      name: frame.name,
      value: current,
      depth,
      branch: branch && !circular,
      size: keys.length,
      isArray: Array.isArray(current),
      capped,
      circular,
    })
    if (!branch || circular || capped || keys.length === 0) continue
    if (!isExpanded(expansion, pointer)) continue
    ancestors.add(current)
    stack.push({ kind: 'leave', value: current })
    const isArray = Array.isArray(current)
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string
      stack.push({
        kind: 'row',
        value: childValue(current, key),
        name: isArray ? i : key,
        pointer: childPointer(pointer, key),
        depth: depth + 1,
      })
    }
  }
  return { rows, truncated: false }
}

/** The value at a pointer, and the segments typed (numbers for array indexes); null if absent. */
export function resolvePointer(
  root: unknown,
  pointer: string,
): { value: unknown; segments: PathSegment[] } | null {
  const parts = parsePointer(pointer)
  if (parts === null) return null
  let current = root
  const segments: PathSegment[] = []
  for (const part of parts) {
    if (!isBranch(current)) return null
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(part) || Number(part) >= current.length) return null
      segments.push(Number(part))
    } else {
      if (!Object.hasOwn(current, part)) return null
      segments.push(part)
    }
    current = childValue(current, part)
  }
  return { value: current, segments }
}

export function branchSummary(row: Pick<TreeRow, 'isArray' | 'size'>): string {
  const { isArray, size } = row
  return isArray
    ? `Array (${size} ${size === 1 ? 'item' : 'items'})`
    : `Object (${size} ${size === 1 ? 'key' : 'keys'})`
}
