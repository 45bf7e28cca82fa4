import { RawNumber, showNumber } from '@/lib/raw-number'
import { childPointer } from './json-path'
import { isBranch, keysOf } from '@/lib/json-text'

/* Enough to step through; the count says "10,000+" past it. */
export const MAX_MATCHES = 10_000
/* A walk over more nodes than this stops, so a search never freezes the page. */
const MAX_NODES = 2_000_000

export type JsonMatches = { pointers: string[]; capped: boolean }

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || value instanceof RawNumber) return showNumber(value).text
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value === null) return 'null'
  return null
}

/**
 * Pointers of the values whose key or text contains `query` (case-insensitive), in document
 * order. A key match points at the value under that key.
 */
export function searchJson(root: unknown, query: string): JsonMatches {
  const needle = query.trim().toLowerCase()
  if (needle === '') return { pointers: [], capped: false }
  const pointers: string[] = []
  const onPath = new Set<object>()
  type Frame = { value: unknown; pointer: string; key: string | null } | { leave: object }
  const stack: Frame[] = [{ value: root, pointer: '', key: null }]
  let nodes = 0
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    if ('leave' in frame) {
      onPath.delete(frame.leave)
      continue
    }
    if (++nodes > MAX_NODES || pointers.length >= MAX_MATCHES) return { pointers, capped: true }
    const { value, pointer, key } = frame
    const text = scalarText(value)
    const keyHit = key !== null && key.toLowerCase().includes(needle)
    if (keyHit || (text !== null && text.toLowerCase().includes(needle))) pointers.push(pointer)
    if (!isBranch(value) || onPath.has(value)) continue
    onPath.add(value)
    stack.push({ leave: value })
    const keys = keysOf(value)
    const isArray = Array.isArray(value)
    for (let i = keys.length - 1; i >= 0; i--) {
      const childKey = keys[i] as string
      let child: unknown
      try {
        child = (value as Record<string, unknown>)[childKey]
      } catch {
        child = undefined
      }
      stack.push({
        value: child,
        pointer: childPointer(pointer, childKey),
        key: isArray ? null : childKey,
      })
    }
  }
  return { pointers, capped: false }
}
