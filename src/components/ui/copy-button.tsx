import { useEffect, useRef, useState } from 'react'
import { smallButton } from './styles'

type Outcome = 'idle' | 'copied' | 'failed'

const MESSAGES = { idle: '', copied: 'Copied', failed: 'Copy failed' } as const
const RESET_MS = { copied: 2000, failed: 4000 } as const

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [outcome, setOutcome] = useState<Outcome>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  function show(next: 'copied' | 'failed') {
    setOutcome(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setOutcome('idle'), RESET_MS[next])
  }

  async function copy() {
    try {
      // The clipboard API is missing on insecure origins, so check before calling it.
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard unavailable')
      await navigator.clipboard.writeText(text)
      show('copied')
    } catch {
      show('failed')
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      {/* Always mounted: a live region only announces changes made after it is in the page. */}
      <span
        role="status"
        aria-live="polite"
        className={
          outcome === 'failed'
            ? 'text-xs text-rose-700 dark:text-rose-400'
            : 'text-xs text-slate-600 dark:text-slate-400'
        }
      >
        {MESSAGES[outcome]}
      </span>
      <button type="button" onClick={copy} className={smallButton}>
        {label}
      </button>
    </span>
  )
}
