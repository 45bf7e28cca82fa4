import { useMemo } from 'react'
import { CopyButton } from '../ui/copy-button'
import { JsonTree } from '../json/json-tree'
import { toJsonText } from '../json/json-text'
import { EmptyState, Panel } from '../ui/panel'

export function StructuredOutputPanel({ value }: { value: unknown }) {
  const empty = value === null || value === undefined
  // Memoized on the value's reference, which react-query keeps stable across polls.
  const json = useMemo(() => (empty ? '' : toJsonText(value)), [empty, value])
  return (
    <Panel
      title="Structured output"
      actions={empty ? undefined : <CopyButton text={json} label="Copy JSON" />}
    >
      {empty ? <EmptyState>No structured output.</EmptyState> : <JsonTree value={value} />}
    </Panel>
  )
}
