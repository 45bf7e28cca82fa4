import { useMemo, useState } from 'react'
import { CopyButton } from '../ui/copy-button'
import { focusRing, smallButton } from '../ui/styles'
import { JSON_CHAR_CAP, type JsonTextOptions, jsonText, omittedNote } from '@/lib/json-text'
import { formatNumber } from '@/lib/format'

type Props = {
  value: unknown
  id?: string
  /** Deeper cut-off for "show the rest as text" views; the default is the shared cap. */
  maxDepth?: number
}

/* Everything, for the clipboard: no caps, hidden characters left as they are. */
function fullText(value: unknown): string {
  return jsonText(value, {
    maxDepth: Number.POSITIVE_INFINITY,
    maxChars: Number.POSITIVE_INFINITY,
  }).text
}

/*
 * Pretty JSON, capped in size so a huge value cannot freeze the page; "Show more" raises the cap
 * and the full text can be copied. Bidi and invisible characters are shown escaped (\u202e).
 * Focusable because a long block scrolls, and a scroll region must be reachable by keyboard.
 */
export function JsonBlock({ value, id, maxDepth }: Props) {
  const [cap, setCap] = useState(JSON_CHAR_CAP)
  const result = useMemo(() => {
    const options: JsonTextOptions = { maxChars: cap, escapeHidden: true, maxDepth }
    return jsonText(value, options)
  }, [value, cap, maxDepth])
  const note = omittedNote(result)
  return (
    <div>
      <pre
        id={id}
        tabIndex={0}
        className={`max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs leading-5 break-words whitespace-pre-wrap text-slate-800 dark:bg-slate-950/60 dark:text-slate-200 ${focusRing}`}
      >
        {result.text}
      </pre>
      {note && (
        <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
          <span>{note}</span>
          <button type="button" className={smallButton} onClick={() => setCap(cap * 4)}>
            Show more
          </button>
          <LazyCopy value={value} />
        </div>
      )}
    </div>
  )
}

/* The full text is only built when asked for: it may be far larger than what is shown. */
function LazyCopy({ value }: { value: unknown }) {
  const [text, setText] = useState<string | null>(null)
  if (text === null) {
    return (
      <button type="button" className={smallButton} onClick={() => setText(fullText(value))}>
        Prepare full copy
      </button>
    )
  }
  return <CopyButton text={text} label={`Copy all (${formatNumber(text.length)} characters)`} />
}
