import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { scrollToTarget } from '@/lib/scroll-targets'
import { CopyButton } from '../ui/copy-button'
import { JsonSearchBar } from '../json/json-search-bar'
import { searchJson } from '../json/json-search'
import { jqPath, jsPath } from '../json/json-path'
import { JsonTable } from '../json/json-table'
import { fullJsonText } from '@/lib/json-text'
import { JsonTree } from '../json/json-tree'
import { tableCandidates } from '../json/table-columns'
import {
  EXPAND_ALL,
  type Expansion,
  INITIAL_EXPANSION,
  resolvePointer,
  type TreeRow,
} from '../json/tree-rows'
import { EmptyState, Panel } from '../ui/panel'
import { smallButton } from '../ui/styles'
import { UntrustedText } from '../ui/untrusted-text'

/*
 * Memoized on the value's reference, which react-query keeps stable across polls, so a poll that
 * brings nothing new neither re-renders nor recomputes anything here.
 */
export const StructuredOutputPanel = memo(function StructuredOutputPanel({
  value,
}: {
  value: unknown
}) {
  const empty = value === null || value === undefined
  // The whole value, for the clipboard: built on click, as it can be big.
  const json = useMemo(() => () => fullJsonText(value), [value])
  return (
    <Panel
      title="Structured output"
      actions={empty ? undefined : <CopyButton text={json} label="Copy JSON" />}
    >
      {empty ? <EmptyState>No structured output.</EmptyState> : <StructuredView value={value} />}
    </Panel>
  )
})

type View = 'tree' | 'table'

function StructuredView({ value }: { value: unknown }) {
  const [view, setView] = useState<View>('tree')
  const tables = useMemo(() => tableCandidates(value), [value])
  const [tableIndex, setTableIndex] = useState(0)
  const table = tables[tableIndex] ?? tables[0]
  return (
    <div className="space-y-3">
      {tables.length > 0 && (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view === 'tree'}
            className={smallButton}
            onClick={() => setView('tree')}
          >
            Tree
          </button>
          <button
            type="button"
            aria-pressed={view === 'table'}
            className={smallButton}
            onClick={() => setView('table')}
          >
            Table
          </button>
          {view === 'table' && tables.length > 1 && (
            <label className="text-xs text-slate-700 dark:text-slate-300">
              Array{' '}
              <select
                value={tableIndex}
                onChange={(event) => setTableIndex(Number(event.target.value))}
                className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
              >
                {tables.map((candidate, index) => (
                  <option key={candidate.pointer} value={index}>
                    {candidate.label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {view === 'table' && table ? (
        <JsonTable
          rows={table.rows}
          label={table.pointer === '' ? 'Structured output' : table.label}
        />
      ) : (
        <TreeView value={value} />
      )}
    </div>
  )
}

function TreeView({ value }: { value: unknown }) {
  const [expansion, setExpansion] = useState<Expansion>(INITIAL_EXPANSION)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const matches = useMemo(() => searchJson(value, deferredQuery), [value, deferredQuery])
  const [step, setStep] = useState<{ matches: typeof matches; index: number } | null>(null)
  // As in a browser's find: the first match is the current one until the reader steps on.
  const current =
    step && step.matches === matches ? step.index : matches.pointers.length > 0 ? 0 : -1
  const revealedFor = useRef('')
  useEffect(() => {
    // Brought into view once per search typed, not again when a poll brings a new value.
    const first = matches.pointers[0]
    if (first === undefined) revealedFor.current = ''
    if (first === undefined || revealedFor.current === deferredQuery) return
    revealedFor.current = deferredQuery
    scrollToTarget('structured', first)
  }, [matches, deferredQuery])
  const [selected, setSelected] = useState('')
  const onActiveChange = useCallback((row: TreeRow) => setSelected(row.pointer), [])

  function onStep(delta: 1 | -1) {
    const count = matches.pointers.length
    if (count === 0) return
    const index = current === -1 ? (delta === 1 ? 0 : count - 1) : (current + delta + count) % count
    setStep({ matches, index })
    scrollToTarget('structured', matches.pointers[index] as string)
  }

  const highlight = deferredQuery.trim() || undefined
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <JsonSearchBar
          label="Search structured output"
          query={query}
          onQueryChange={setQuery}
          count={matches.pointers.length}
          capped={matches.capped}
          current={current}
          onStep={onStep}
        />
        <div className="flex gap-2">
          <button type="button" className={smallButton} onClick={() => setExpansion(EXPAND_ALL)}>
            Expand all
          </button>
          <button
            type="button"
            className={smallButton}
            onClick={() => setExpansion(INITIAL_EXPANSION)}
          >
            Collapse all
          </button>
        </div>
      </div>
      <SelectionBar value={value} pointer={selected} />
      <JsonTree
        value={value}
        label="Structured output"
        scrollTarget="structured"
        highlight={highlight}
        current={current >= 0 ? matches.pointers[current] : null}
        expansion={expansion}
        onExpansionChange={setExpansion}
        onActiveChange={onActiveChange}
      />
    </>
  )
}

/* The selected row's path, with copy buttons for its value and its path in JS and jq syntax. */
function SelectionBar({ value, pointer }: { value: unknown; pointer: string }) {
  const resolved = useMemo(() => resolvePointer(value, pointer), [value, pointer])
  const copies = useMemo(
    () =>
      resolved && {
        value: () => fullJsonText(resolved.value),
        js: jsPath(resolved.segments),
        jq: jqPath(resolved.segments),
      },
    [resolved],
  )
  if (!copies) return null
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md bg-slate-50 px-2 py-1 text-xs dark:bg-slate-800/60">
      <span className="text-slate-600 dark:text-slate-400">Selected:</span>
      <code className="min-w-0 font-mono break-all text-slate-800 dark:text-slate-200">
        <UntrustedText text={copies.js} max={160} />
      </code>
      <CopyButton text={copies.value} label="Copy value" />
      <CopyButton text={copies.js} label="Copy JS path" />
      <CopyButton text={copies.jq} label="Copy jq path" />
    </div>
  )
}
