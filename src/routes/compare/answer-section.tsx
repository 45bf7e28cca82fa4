import { useMemo } from 'react'
import { Panel } from '@/components/ui/panel'
import { formatNumber } from '@/lib/format'
import { type DiffPart, type TextDiff, diffTexts, sideParts } from '@/lib/run-diff/text-diff'
import { AnswerText, addedMark, removedMark } from './answer-text'
import { SideChip, type SideLabel, turnName } from './side-card'
import type { SideView } from './use-run-side'

/** A side as the answers show it; `turn` is the turn's seq the side names, if any. */
type Slot = { label: SideLabel; view: SideView; turn: number | null }

/** The two answers side by side (stacked on a narrow screen), each with its changes marked. */
export function AnswerSection({ a, b }: { a: Slot; b: Slot }) {
  const textA = a.view.kind === 'ready' ? a.view.side.text : null
  const textB = b.view.kind === 'ready' ? b.view.side.text : null
  const diff = useMemo(
    () => (textA === null || textB === null ? null : diffTexts(textA, textB)),
    [textA, textB],
  )
  return (
    <Panel title="Answer">
      <div className="space-y-3">
        {diff && <Summary diff={diff} />}
        {diff?.kind === 'same' ? null : (
          <div className="grid gap-4 md:grid-cols-2">
            <Column slot={a} parts={columnParts(diff, textA, 'a')} diffed={isMarked(diff)} />
            <Column slot={b} parts={columnParts(diff, textB, 'b')} diffed={isMarked(diff)} />
          </div>
        )}
      </div>
    </Panel>
  )
}

function isMarked(diff: TextDiff | null): diff is Extract<TextDiff, { parts: DiffPart[] }> {
  return diff?.kind === 'words' || diff?.kind === 'lines'
}

function columnParts(diff: TextDiff | null, text: string | null, side: 'a' | 'b') {
  if (text === null) return null
  if (isMarked(diff)) return sideParts(diff.parts, side)
  // One side alone, or too different to mark: the text as it is.
  return text === '' ? [] : [{ kind: 'same', text } satisfies DiffPart]
}

function Column({
  slot,
  parts,
  diffed,
}: {
  slot: Slot
  parts: DiffPart[] | null
  diffed: boolean
}) {
  return (
    <div className="min-w-0 space-y-2">
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        <SideChip label={slot.label} />
        <span>
          Run {slot.label}
          {slot.turn !== null && `, ${turnName(slot.turn)}`}
        </span>
      </h3>
      {parts === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {slot.view.kind === 'loading' || slot.view.kind === 'retrying'
            ? 'Loading…'
            : 'Not available: see above.'}
        </p>
      ) : parts.length === 0 ? (
        <p className="text-sm text-slate-600 italic dark:text-slate-400">No answer.</p>
      ) : (
        <AnswerText parts={parts} diffed={diffed} />
      )}
    </div>
  )
}

function Summary({ diff }: { diff: TextDiff }) {
  const line = 'text-sm text-slate-700 dark:text-slate-300'
  switch (diff.kind) {
    case 'same':
      return <p className={line}>The two answers are the same.</p>
    case 'too-different':
      return (
        <p className={line}>
          {diff.reason === 'long'
            ? 'These answers are too long and too different to compare line by line;'
            : 'These answers are too different to diff word by word or line by line;'}{' '}
          they are shown as they are.
        </p>
      )
    case 'words':
    case 'lines': {
      const unit = diff.kind === 'words' ? 'word' : 'line'
      const count = (n: number) => `${formatNumber(n)} ${unit}${n === 1 ? '' : 's'}`
      return (
        <div className="space-y-1">
          <p className={line}>
            <span className="font-medium">{count(diff.counts.removed)} removed</span> from A,{' '}
            <span className="font-medium">{count(diff.counts.added)} added</span> in B.
            {diff.kind === 'lines' &&
              (diff.reason === 'long'
                ? ' Compared line by line: the answers are too long to compare word by word.'
                : ' Compared line by line: they differ in too many places to compare word by word.')}
          </p>
          <Legend />
        </div>
      )
    }
  }
}

/** What the marks mean, for sighted readers; screen readers hear it from each mark. */
function Legend() {
  return (
    <p
      aria-hidden="true"
      className="flex flex-wrap gap-3 text-xs text-slate-600 dark:text-slate-400"
    >
      <span>
        <span className={`px-1 ${removedMark}`}>struck through</span> only in A
      </span>
      <span>
        <span className={`px-1 ${addedMark}`}>underlined</span> only in B
      </span>
    </p>
  )
}
