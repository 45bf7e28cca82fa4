import { useEffect, useState } from 'react'
import { smallButton } from './styles'

type Outcome = { kind: 'idle' } | { kind: 'copied' | 'failed'; at: number }

const MESSAGES = { copied: 'Copied', failed: 'Copy failed' } as const
const RESET_MS = { copied: 2000, failed: 4000 } as const

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })

  useEffect(() => {
    if (outcome.kind === 'idle') return
    const timer = setTimeout(() => setOutcome({ kind: 'idle' }), RESET_MS[outcome.kind])
    return () => clearTimeout(timer)
  }, [outcome])

  async function copy() {
    try {
      // The clipboard API is missing on insecure origins, so check before calling it.
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard unavailable')
      await navigator.clipboard.writeText(text)
      setOutcome({ kind: 'copied', at: Date.now() })
    } catch {
      setOutcome({ kind: 'failed', at: Date.now() })
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      {/* Always mounted: a live region only announces changes made after it is in the page. */}
      <span
        role="status"
        aria-live="polite"
        className={outcome.kind === 'failed' ? 'text-xs text-rose-700' : 'text-xs text-slate-600'}
      >
        {outcome.kind === 'idle' ? '' : MESSAGES[outcome.kind]}
      </span>
      <button type="button" onClick={copy} className={smallButton}>
        {label}
      </button>
    </span>
  )
}
