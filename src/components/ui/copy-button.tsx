import { Check, type LucideIcon } from 'lucide-react'
import { type Ref, useEffect, useRef, useState } from 'react'
import { smallButton } from './styles'

type Outcome = 'idle' | 'copied' | 'failed'

const MESSAGES = { idle: '', copied: 'Copied', failed: 'Copy failed' } as const
const RESET_MS = { copied: 2000, failed: 4000 } as const

type Props = {
  /** The text, or a function that builds it on click (for exports that cost something to build). */
  text: string | (() => string)
  label: string
  ref?: Ref<HTMLButtonElement>
  /** Shown before the words; on narrow screens it stands alone (see IconLabel). */
  icon?: LucideIcon
}

export function CopyButton({ text, label, ref, icon: Icon }: Props) {
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
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text)
      show('copied')
    } catch {
      show('failed')
    }
  }

  const idle = outcome === 'idle'
  return (
    <>
      {/* Always mounted: a live region only announces changes made after it is in the page. */}
      <span role="status" aria-live="polite" className="sr-only">
        {MESSAGES[outcome]}
      </span>
      {/*
       * The label and the outcome share one grid cell, so the button is as wide as the longer of
       * the two whatever it shows: "Copied" never pushes its neighbours sideways.
       */}
      <button type="button" ref={ref} onClick={copy} aria-label={label} className={smallButton}>
        {Icon &&
          (outcome === 'copied' ? (
            <Check aria-hidden="true" className="size-3.5 shrink-0" strokeWidth={2.25} />
          ) : (
            <Icon aria-hidden="true" className="size-3.5 shrink-0" strokeWidth={2.25} />
          ))}
        <span className={`grid justify-items-center ${Icon ? 'max-sm:hidden' : ''}`}>
          <span className={`col-start-1 row-start-1 ${idle ? '' : 'invisible'}`}>{label}</span>
          <span
            aria-hidden="true"
            className={`col-start-1 row-start-1 ${outcome === 'copied' ? '' : 'invisible'}`}
          >
            {MESSAGES.copied}
          </span>
          <span
            aria-hidden="true"
            className={`col-start-1 row-start-1 text-rose-700 dark:text-rose-400 ${outcome === 'failed' ? '' : 'invisible'}`}
          >
            {MESSAGES.failed}
          </span>
        </span>
      </button>
    </>
  )
}
