import { useMemo, useState } from 'react'
import { formatBytes } from '@/lib/format'
import { MarkdownDocument } from '../markdown/markdown'
import { CopyButton } from '../ui/copy-button'
import { EmptyState, Panel } from '../ui/panel'
import { smallButton } from '../ui/styles'
import { OutputExtras } from './output-extras'

type View = 'rendered' | 'raw'

type Props = {
  text: string
  /** The response's `output` items, shown below the answer where they hold more than it. */
  output?: readonly unknown[]
}

/* The answer, rendered or as its source, registered as the 'output' scroll target. */
export function OutputPanel({ text, output = [] }: Props) {
  const [view, setView] = useState<View>('rendered')
  // Measured once per text, not on every render of a poll.
  const size = useMemo(() => formatBytes(new TextEncoder().encode(text).length), [text])
  const empty = text.trim() === ''
  const actions = empty ? undefined : (
    <>
      <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{size}</span>
      <button
        type="button"
        aria-pressed={view === 'raw'}
        onClick={() => setView(view === 'raw' ? 'rendered' : 'raw')}
        className={smallButton}
      >
        Show raw Markdown
      </button>
      <CopyButton text={text} label="Copy answer as Markdown" />
    </>
  )
  return (
    <Panel title="Output" actions={actions}>
      {empty ? (
        <EmptyState>No output yet.</EmptyState>
      ) : (
        <MarkdownDocument
          text={text}
          mode={view === 'raw' ? 'plain' : 'markdown'}
          scrollTarget="output"
        />
      )}
      <OutputExtras output={output} answer={text} />
    </Panel>
  )
}
