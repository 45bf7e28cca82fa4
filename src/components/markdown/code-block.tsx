import { type ReactNode, useEffect, useState } from 'react'
import { CopyButton } from '../ui/copy-button'
import { focusRing } from '../ui/styles'

/* Larger blocks stay plain: highlighting them would be one long task on the main thread. */
const HIGHLIGHT_CHARS = 20_000

type Highlighted = { code: string; node: ReactNode }

/*
 * A code block with a copy button. Highlighting loads in its own chunk the first time a block
 * with a known language is mounted, and each language's grammar the first time it is needed;
 * blocks are mounted only near the viewport.
 */
export function CodeBlock({
  code,
  language,
  children,
}: {
  code: string
  language: string | null
  children: ReactNode
}) {
  const [highlighted, setHighlighted] = useState<Highlighted | null>(null)
  useEffect(() => {
    if (!language || code.length > HIGHLIGHT_CHARS) return
    const gone = new AbortController()
    import('./highlight')
      .then(({ highlightInTurn }) => highlightInTurn(code, language, gone.signal))
      .then((node) => {
        if (!gone.signal.aborted && node) setHighlighted({ code, node })
      })
      // Highlighting is a nicety: without it (a chunk that did not load) the code stays plain.
      .catch(() => {})
    return () => gone.abort()
  }, [code, language])
  const shown = highlighted?.code === code ? highlighted.node : null
  return (
    <div className="not-prose group relative my-4">
      <div className="absolute top-1.5 right-1.5">
        <CopyButton text={code} label="Copy code" />
      </div>
      <pre
        tabIndex={0}
        className={`overflow-x-auto rounded-md bg-slate-100 p-3 pr-28 text-[0.8125rem] leading-relaxed text-slate-900 dark:bg-slate-950 dark:text-slate-100 ${focusRing}`}
      >
        {shown ? <code className={`hljs language-${language}`}>{shown}</code> : children}
      </pre>
    </div>
  )
}
