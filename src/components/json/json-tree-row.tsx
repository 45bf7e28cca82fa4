import { type CSSProperties, memo } from 'react'
import { UntrustedText } from '../ui/untrusted-text'
import { focusRing } from '../ui/styles'
import { JsonBlock } from './json-block'
import { JsonScalar } from './json-scalar'
import { quoteString } from '@/lib/json-text'
import { branchSummary, type TreeRow } from './tree-rows'

export type RowAction = 'toggle' | 'text' | 'string' | 'select'

type Props = {
  row: TreeRow
  /** Shown as the root row's name. */
  label?: string
  index: number
  /** Number of siblings and the position among them, for aria-setsize / aria-posinset. */
  setSize: number
  position: number
  expanded: boolean
  active: boolean
  current: boolean
  highlight?: string
  stringOpen: boolean
  textOpen: boolean
  /** "structured:<pointer>" on the structured-output tree, so search can find the row. */
  item?: string
  onAction: (pointer: string, action: RowAction) => void
  measure?: (element: HTMLElement | null) => void
  style?: CSSProperties
}

/* The key, then ": " as its own text node so accessible names read "key: value". */
function Key({ name, highlight }: { name: TreeRow['name'] | undefined; highlight?: string }) {
  if (name === null || name === undefined) return null
  if (typeof name === 'number') {
    return (
      <>
        <span className="text-slate-600 dark:text-slate-400">{name}:</span>{' '}
      </>
    )
  }
  const hit = !!highlight && name.toLowerCase().includes(highlight.toLowerCase())
  // Keys are untrusted: hidden characters are shown as tokens; a blank key is shown quoted.
  const text =
    name.trim() === '' ? <span>{quoteString(name)}</span> : <UntrustedText text={name} max={120} />
  return (
    <>
      <span className="text-slate-700 dark:text-slate-300">
        {hit ? (
          <mark className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-500/40">
            {text}
          </mark>
        ) : (
          text
        )}
        :
      </span>{' '}
    </>
  )
}

function TreeRowViewInner({ measure, style, ...props }: Props) {
  const { row, label, index, expanded, active, current, highlight, onAction, textOpen } = props
  const expandable = row.branch && !row.capped && row.size > 0
  return (
    <div
      ref={measure}
      style={style}
      data-index={index}
      data-pointer={row.pointer}
      data-item={props.item}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-setsize={props.setSize}
      aria-posinset={props.position}
      aria-expanded={expandable ? expanded : undefined}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      onClick={() => onAction(row.pointer, 'select')}
      className={`rounded py-px break-words outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:focus-visible:ring-sky-400 ${
        current
          ? 'bg-yellow-100 dark:bg-yellow-500/20'
          : active
            ? 'bg-slate-100 dark:bg-slate-800'
            : ''
      }`}
    >
      <div style={{ paddingLeft: `${Math.min(row.depth, 64) * 0.9}rem` }}>
        {expandable ? (
          <button
            type="button"
            tabIndex={-1}
            aria-expanded={expanded}
            onClick={(event) => {
              event.stopPropagation()
              onAction(row.pointer, 'toggle')
            }}
            className={`inline-flex items-center gap-1 rounded text-left hover:bg-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
          >
            <span
              aria-hidden="true"
              className="inline-block w-3 text-slate-600 dark:text-slate-400"
            >
              {expanded ? '▾' : '▸'}
            </span>
            <Key name={row.name ?? label} highlight={highlight} />
            <span className="text-slate-600 dark:text-slate-400">{branchSummary(row)}</span>
          </button>
        ) : (
          <>
            <span aria-hidden="true" className="inline-block w-3" />
            <Key name={row.name ?? label} highlight={highlight} />
            <RowValue {...props} />
          </>
        )}
      </div>
      {row.capped && textOpen && (
        <div className="mt-1" style={{ paddingLeft: `${Math.min(row.depth, 64) * 0.9 + 1}rem` }}>
          <JsonBlock value={row.value} maxDepth={Number.POSITIVE_INFINITY} />
        </div>
      )}
    </div>
  )
}

function RowValue({
  row,
  highlight,
  stringOpen,
  textOpen,
  onAction,
}: Pick<Props, 'row' | 'highlight' | 'stringOpen' | 'textOpen' | 'onAction'>) {
  if (row.circular) {
    return <span className="text-slate-600 italic dark:text-slate-400">[circular reference]</span>
  }
  if (row.capped) {
    return (
      <span>
        <span className="text-slate-600 dark:text-slate-400">
          {branchSummary(row)}, nested too deep to show as a tree{' '}
        </span>
        <button
          type="button"
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation()
            onAction(row.pointer, 'text')
          }}
          className={`rounded font-sans text-sky-700 underline dark:text-sky-300 ${focusRing}`}
        >
          {textOpen ? 'Hide the text' : 'Show the rest as text'}
        </button>
      </span>
    )
  }
  if (row.branch) {
    return <span className="text-slate-600 dark:text-slate-400">{row.isArray ? '[]' : '{}'}</span>
  }
  return (
    <JsonScalar
      value={row.value}
      highlight={highlight}
      expanded={stringOpen}
      onToggleExpanded={() => onAction(row.pointer, 'string')}
    />
  )
}

export const TreeRowView = memo(TreeRowViewInner)
