import { memo, useState } from 'react'
import { RevealedText } from '@/components/ui/untrusted-text'
import { formatNumber } from '@/lib/format'
import type { DiffPart } from '@/lib/run-diff/text-diff'

/*
 * One side's answer as its markdown source, with its own changes marked. Marked by colour and
 * by a second cue (underline for added, strike-through for removed), and read out by screen
 * readers through <ins>/<del> and hidden words. Unchanged stretches longer than FOLD characters
 * show their start and end around a button that opens them, so a long answer with a few changes
 * stays short on screen and in the DOM. All of it is text: hidden characters shown as tokens.
 */
const FOLD = 1200
const KEEP = 300

export const addedMark =
  'rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-2 dark:bg-emerald-400/20 dark:text-emerald-50 dark:decoration-emerald-300'
export const removedMark =
  'rounded-sm bg-rose-100 text-rose-950 line-through decoration-rose-700 decoration-2 dark:bg-rose-400/20 dark:text-rose-50 dark:decoration-rose-300'

export const AnswerText = memo(function AnswerText({
  parts,
  diffed = true,
}: {
  parts: DiffPart[]
  /** False for a text shown alone, whose folds are then not "unchanged". */
  diffed?: boolean
}) {
  return (
    <div className="rounded-md bg-slate-50 p-3 font-mono text-[0.8125rem] leading-relaxed break-words whitespace-pre-wrap text-slate-900 dark:bg-slate-950/60 dark:text-slate-100">
      {parts.map((part, index) =>
        // Parts never reorder for a given diff, so the position is a stable key.
        part.kind === 'same' ? (
          <Folded key={index} text={part.text} what={diffed ? 'unchanged' : 'more'} />
        ) : part.kind === 'added' ? (
          <ins key={index} className={addedMark}>
            <span className="sr-only">[added: </span>
            <RevealedText text={part.text} />
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={index} className={removedMark}>
            <span className="sr-only">[removed: </span>
            <RevealedText text={part.text} />
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </div>
  )
})

function Folded({ text, what }: { text: string; what: 'unchanged' | 'more' }) {
  const [open, setOpen] = useState(false)
  if (open || text.length <= FOLD) return <RevealedText text={text} />
  const { head, tail } = foldAt(text)
  return (
    <>
      <RevealedText text={text.slice(0, head)} />
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="mx-1 my-1 inline-block rounded border border-dashed border-slate-400 px-2 font-sans text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        Show {formatNumber(tail - head)} {what} characters
      </button>
      <RevealedText text={text.slice(tail)} />
    </>
  )
}

/**
 * Where the shown start ends and the shown end begins: at line breaks near KEEP characters from
 * each edge when there are some, never inside a surrogate pair.
 */
export function foldAt(text: string): { head: number; tail: number } {
  const lineEnd = text.lastIndexOf('\n', KEEP)
  let head = lineEnd >= KEEP / 2 ? lineEnd + 1 : KEEP
  const lineStart = text.indexOf('\n', text.length - KEEP)
  let tail =
    lineStart !== -1 && lineStart < text.length - KEEP / 2 ? lineStart + 1 : text.length - KEEP
  if (isHighSurrogate(text, head - 1)) head += 1
  if (isHighSurrogate(text, tail - 1)) tail += 1
  return { head, tail }
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff
}
