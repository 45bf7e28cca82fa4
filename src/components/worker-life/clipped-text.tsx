import { useId, useState } from 'react'
import { smallButton } from '@/components/ui/styles'
import { RevealedText } from '@/components/ui/untrusted-text'
import { formatNumber } from '@/lib/format'

const CLIP_CHARS = 280
const CLIP_LINES = 4
// Past this, even the expanded text is cut: the page is not the place to read megabytes.
const MAX_SHOWN = 20_000

/** Long untrusted text shown short at first, with a button to show all of it (inert always). */
export function ClippedText({ text, label }: { text: string; label: string }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const lines = text.split('\n')
  const long = text.length > CLIP_CHARS || lines.length > CLIP_LINES
  const shown = !long
    ? text
    : open
      ? text.slice(0, MAX_SHOWN)
      : `${lines.slice(0, CLIP_LINES).join('\n').slice(0, CLIP_CHARS)}…`
  return (
    <div className="space-y-1">
      <p
        id={id}
        className="rounded-md bg-slate-50 px-3 py-2 font-mono text-xs break-words whitespace-pre-wrap text-slate-800 dark:bg-slate-950 dark:text-slate-200"
      >
        <RevealedText text={shown} />
        {open && text.length > MAX_SHOWN && (
          <span className="block pt-1 font-sans text-slate-600 dark:text-slate-400">
            (cut after {formatNumber(MAX_SHOWN)} characters)
          </span>
        )}
      </p>
      {long && (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className={smallButton}
        >
          {open ? `Show less of ${label}` : `Show all of ${label}`}
        </button>
      )}
    </div>
  )
}
