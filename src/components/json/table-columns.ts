import { isRecord } from '@/shared/guards'
import { RawNumber } from '@/lib/raw-number'
import { revealHidden } from '@/lib/visible-text'
import { childPointer } from './json-path'

/* More columns than this are not worth a table; the tree shows them. */
const MAX_COLUMNS = 500

export type TableCandidate = { pointer: string; label: string; rows: Record<string, unknown>[] }

function isRow(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !(value instanceof RawNumber)
}

function asTable(value: unknown): Record<string, unknown>[] | null {
  if (!Array.isArray(value) || value.length === 0) return null
  return value.every(isRow) ? value : null
}

/** Arrays of objects worth a table: the value itself, or one of its top-level members. */
export function tableCandidates(value: unknown): TableCandidate[] {
  const own = asTable(value)
  if (own) return [{ pointer: '', label: '(the whole value)', rows: own }]
  if (!isRow(value)) return []
  const found: TableCandidate[] = []
  for (const key of Object.keys(value)) {
    const rows = asTable(value[key])
    // The key is the response's own, shown in a list box: hidden characters as tokens.
    if (rows) found.push({ pointer: childPointer('', key), label: revealHidden(key), rows })
  }
  return found
}

/** The union of the rows' keys, in order of first appearance. */
export function tableColumns(rows: readonly Record<string, unknown>[]): {
  columns: string[]
  capped: boolean
} {
  const seen = new Set<string>()
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (seen.has(key)) continue
      if (seen.size >= MAX_COLUMNS) return { columns: [...seen], capped: true }
      seen.add(key)
    }
  }
  return { columns: [...seen], capped: false }
}
