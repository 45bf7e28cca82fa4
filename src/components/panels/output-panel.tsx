import { Markdown } from '../markdown'
import { EmptyState, Panel } from '../panel'

export function OutputPanel({ text }: { text: string }) {
  return (
    <Panel title="Output">
      {text.trim() ? <Markdown text={text} /> : <EmptyState>No output yet.</EmptyState>}
    </Panel>
  )
}
