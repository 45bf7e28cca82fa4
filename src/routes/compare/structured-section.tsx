import { useMemo, useState } from 'react'
import { EmptyState, Panel } from '@/components/ui/panel'
import { focusRing, smallButton } from '@/components/ui/styles'
import { formatNumber } from '@/lib/format'
import { jsonText } from '@/lib/json-text'
import { type JsonChange, diffJson } from '@/lib/run-diff/json-diff'
import type { RunSide } from '@/api/compare/run-side'

const PAGE = 100
/* A value is a cell of a table: long ones are cut, the full ones are on each run's page. */
const VALUE_CHARS = 240

const KIND_TEXT: Record<JsonChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
}

/** The structured outputs' differences, key by key, as a table. */
export function StructuredSection({ a, b }: { a: RunSide | null; b: RunSide | null }) {
  const outputA = a?.structuredOutput
  const outputB = b?.structuredOutput
  const ready = a !== null && b !== null
  const diff = useMemo(() => (ready ? diffJson(outputA, outputB) : null), [ready, outputA, outputB])
  return (
    <Panel
      title="Structured output"
      count={diff?.kind === 'changes' ? diff.changes.length : undefined}
    >
      {diff === null ? (
        <EmptyState>Compared once both runs have loaded.</EmptyState>
      ) : diff.kind === 'none' ? (
        <EmptyState>Neither run has a structured output.</EmptyState>
      ) : diff.kind === 'same' ? (
        <EmptyState>The structured outputs are the same.</EmptyState>
      ) : diff.kind === 'too-large' ? (
        <EmptyState>
          {diff.reason === 'deep'
            ? 'These structured outputs are nested too deeply to compare key by key.'
            : 'These structured outputs are too large to compare key by key.'}{' '}
          Each run's page shows its own.
        </EmptyState>
      ) : (
        <Changes changes={diff.changes} />
      )}
    </Panel>
  )
}

/* A table from a small tablet up; on a phone, where four columns leave no room, a list. */
function Changes({ changes }: { changes: JsonChange[] }) {
  const [shown, setShown] = useState(PAGE)
  const page = changes.slice(0, shown)
  return (
    <div className="space-y-3">
      <ChangesTable changes={page} />
      <ChangesList changes={page} />
      {changes.length > shown && (
        <button type="button" className={smallButton} onClick={() => setShown(shown + PAGE)}>
          Show {formatNumber(Math.min(PAGE, changes.length - shown))} more of{' '}
          {formatNumber(changes.length - shown)}
        </button>
      )}
    </div>
  )
}

function ChangesList({ changes }: { changes: JsonChange[] }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm sm:hidden dark:divide-slate-800">
      {changes.map((change, index) => (
        // The list never reorders for a given diff.
        <li key={index} className="space-y-1 py-2">
          <p className="flex flex-wrap items-baseline justify-between gap-x-3">
            <code className="font-mono text-xs [overflow-wrap:anywhere]">{change.path}</code>
            <KindLabel kind={change.kind} />
          </p>
          <SideValue label="A" value={change.before} absent={change.kind === 'added'} />
          <SideValue label="B" value={change.after} absent={change.kind === 'removed'} />
        </li>
      ))}
    </ul>
  )
}

/** One side's value of a change, in the phone's list. */
function SideValue({
  label,
  value,
  absent,
}: {
  label: 'A' | 'B'
  value: unknown
  absent: boolean
}) {
  return (
    <p className="flex gap-2">
      <span className="shrink-0 text-slate-600 dark:text-slate-400">
        <span className="sr-only">Run </span>
        {label}
      </span>
      <Value value={value} absent={absent} />
    </p>
  )
}

function ChangesTable({ changes }: { changes: JsonChange[] }) {
  const cell = 'px-3 py-2 align-top'
  return (
    <>
      {/* Scrolls sideways when still too narrow: reachable by keyboard, shaded where more hides. */}
      <div tabIndex={0} className={`scroll-shade-x overflow-x-auto max-sm:hidden ${focusRing}`}>
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption className="sr-only">
            Structured output changes from run A to run B, one row per path
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className={cell}>
                Path
              </th>
              <th scope="col" className={cell}>
                Change
              </th>
              <th scope="col" className={cell}>
                Run A
              </th>
              <th scope="col" className={cell}>
                Run B
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change, index) => (
              // The list never reorders for a given diff.
              <tr key={index} className="border-b border-slate-100 dark:border-slate-800">
                <th
                  scope="row"
                  className={`${cell} min-w-[10rem] font-mono text-xs font-normal [overflow-wrap:anywhere]`}
                >
                  {change.path}
                </th>
                <td className={`${cell} whitespace-nowrap`}>
                  <KindLabel kind={change.kind} />
                </td>
                <td className={cell}>
                  <Value value={change.before} absent={change.kind === 'added'} />
                </td>
                <td className={cell}>
                  <Value value={change.after} absent={change.kind === 'removed'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

function KindLabel({ kind }: { kind: JsonChange['kind'] }) {
  const tone = {
    added: 'text-emerald-800 dark:text-emerald-300',
    removed: 'text-rose-800 dark:text-rose-300',
    changed: 'text-amber-900 dark:text-amber-300',
  }[kind]
  const symbol = { added: '+', removed: '\u2212', changed: '~' }[kind]
  return (
    <span className={`font-medium ${tone}`}>
      <span aria-hidden="true" className="mr-1 font-mono">
        {symbol}
      </span>
      {KIND_TEXT[kind]}
    </span>
  )
}

function Value({ value, absent }: { value: unknown; absent: boolean }) {
  if (absent) {
    return <span className="text-slate-500 italic dark:text-slate-400">absent</span>
  }
  const { text, omitted } = jsonText(value, {
    indent: 0,
    maxChars: VALUE_CHARS,
    escapeHidden: true,
  })
  return (
    <code className="font-mono text-xs [overflow-wrap:anywhere] text-slate-900 dark:text-slate-100">
      {text}
      {omitted > 0 && '…'}
    </code>
  )
}
