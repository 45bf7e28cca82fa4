import { useMemo, useState } from 'react'
import { formatBytes } from '@/lib/format'
import { markdownPreview } from '@/lib/markdown-preview'
import { Markdown } from '../markdown/markdown'
import { EmptyState, Panel } from '../ui/panel'
import { smallButton } from '../ui/styles'

export function OutputPanel({ text }: { text: string }) {
  const [showAll, setShowAll] = useState(false)
  const preview = useMemo(() => markdownPreview(text), [text])
  const visible = showAll ? text : preview.text
  return (
    <Panel title="Output">
      {text.trim() ? <Markdown text={visible} /> : <EmptyState>No output yet.</EmptyState>}
      {preview.truncated && !showAll && (
        <button type="button" onClick={() => setShowAll(true)} className={`mt-4 ${smallButton}`}>
          Show the full output ({formatBytes(new Blob([text]).size)})
        </button>
      )}
    </Panel>
  )
}
