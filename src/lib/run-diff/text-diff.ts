import { type Change, diffLines, diffWordsWithSpace } from 'diff'

/*
 * The two answers, word by word where that stays cheap, else line by line, else not at all.
 * jsdiff's Myers search grows with the square of the edits it explores (measured: 500 edits of
 * words take ~20 ms, 1,000 ~75 ms, 4,000 over a second), so two long and very different answers
 * could hold the tab for seconds. Every attempt is capped by an edit budget (the same answer on
 * every machine) and a time budget (a safety net on a slow one), and a failed attempt falls
 * through to the next.
 *
 * Whitespace is a token of its own (diffWordsWithSpace rather than diffWords): diffWords keeps
 * the new text's spacing in unchanged parts, so the first answer could not be shown as written.
 */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

export type DiffCounts = { added: number; removed: number }

export type TextDiff =
  | { kind: 'same' }
  | { kind: 'words'; parts: DiffPart[]; counts: DiffCounts }
  | { kind: 'lines'; parts: DiffPart[]; counts: DiffCounts; reason: FallbackReason }
  | { kind: 'too-different'; reason: FallbackReason }

/** Why the word diff was not used: the texts were too long, or differed in too many places. */
export type FallbackReason = 'long' | 'many-changes'

export type TextDiffLimits = {
  /** Longer texts (either side, in characters) skip the word diff. */
  wordChars: number
  /** Word and whitespace tokens that may change before the word diff gives up. */
  wordEdits: number
  /** Lines that may change before the line diff gives up. */
  lineEdits: number
  /** Time each attempt may take. */
  timeoutMs: number
}

export const TEXT_DIFF_LIMITS: TextDiffLimits = {
  wordChars: 100_000,
  wordEdits: 1_500,
  lineEdits: 1_000,
  timeoutMs: 250,
}

export function diffTexts(a: string, b: string, limits = TEXT_DIFF_LIMITS): TextDiff {
  if (a === b) return { kind: 'same' }
  const budget = (edits: number) => ({ maxEditLength: edits, timeout: limits.timeoutMs })
  const long = a.length > limits.wordChars || b.length > limits.wordChars
  if (!long) {
    const words = diffWordsWithSpace(a, b, budget(limits.wordEdits))
    if (words) {
      const parts = joinAcrossSpaces(toParts(words))
      return { kind: 'words', parts, counts: countParts(parts, countWords) }
    }
  }
  const reason: FallbackReason = long ? 'long' : 'many-changes'
  const lines = diffLines(a, b, budget(limits.lineEdits))
  if (!lines) return { kind: 'too-different', reason }
  const parts = toParts(lines)
  return { kind: 'lines', parts, counts: countParts(parts, countLines), reason }
}

function toParts(changes: Change[]): DiffPart[] {
  return changes
    .filter((change) => change.value !== '')
    .map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }))
}

/*
 * "[removed: a] [removed: few] [removed: words]" reads badly, aloud and on screen: changes
 * separated only by spaces become one change on each side, the spaces given to both sides so
 * each side still reads exactly as written.
 */
function joinAcrossSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed })
    if (added) out.push({ kind: 'added', text: added })
    removed = ''
    added = ''
  }
  parts.forEach((part, index) => {
    if (part.kind === 'removed') removed += part.text
    else if (part.kind === 'added') added += part.text
    else {
      const open = removed !== '' || added !== ''
      const next = parts[index + 1]
      if (open && next && next.kind !== 'same' && /^\s+$/.test(part.text)) {
        removed += part.text
        added += part.text
        return
      }
      flush()
      out.push(part)
    }
  })
  flush()
  return out
}

function countParts(parts: DiffPart[], count: (text: string) => number): DiffCounts {
  const counts = { added: 0, removed: 0 }
  for (const part of parts) {
    if (part.kind !== 'same') counts[part.kind] += count(part.text)
  }
  return counts
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0
}

function countLines(text: string): number {
  if (text === '') return 0
  const breaks = text.match(/\n/g)?.length ?? 0
  return text.endsWith('\n') ? breaks : breaks + 1
}

/** What one side shows: the common text and its own changes, in order. */
export function sideParts(parts: DiffPart[], side: 'a' | 'b'): DiffPart[] {
  const other = side === 'a' ? 'added' : 'removed'
  return parts.filter((part) => part.kind !== other)
}
