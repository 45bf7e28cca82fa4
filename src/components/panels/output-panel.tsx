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
  /** The run is still going: an empty answer may yet come. */
  live: boolean
}

/* The answer, rendered or as its source, registered as the 'output' scroll target. */
export function OutputPanel({ text, output = [], live }: Props) {
  const [view, setView] = useState<View>('rendered')
  // Measured once per text, not on every render of a poll.
  const size = useMemo(() => formatBytes(new TextEncoder().encode(text).length), [text])
  const empty = text.trim() === ''
  const actions = empty ? undefined : (
    <>
      <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{size}</span>
      {/* The label says what a click does; the view it leaves is the one on screen. */}
      <button
        type="button"
        onClick={() => setView(view === 'raw' ? 'rendered' : 'raw')}
        className={smallButton}
      >
        {view === 'raw' ? 'Show rendered' : 'Show raw'}
      </button>
      <CopyButton text={text} label="Copy answer as Markdown" />
    </>
  )
  return (
    <Panel title="Output" actions={actions}>
      {empty ? (
        <EmptyState>{live ? 'No output yet.' : 'This run produced no output.'}</EmptyState>
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
