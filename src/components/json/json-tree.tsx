import { useState } from 'react'
import { focusRing } from '../ui/styles'

/* Past this many children, an open node shows a "Show more" button instead of everything. */
const PAGE = 100

type JsonTreeProps = { value: unknown; label?: string }

export function JsonTree({ value, label }: JsonTreeProps) {
  return (
    <div className="font-mono text-xs leading-5 text-slate-800 dark:text-slate-200">
      <JsonNode name={label} value={value} depth={0} />
    </div>
  )
}

type NodeProps = { name?: string; value: unknown; depth: number }

function JsonNode({ name, value, depth }: NodeProps) {
  if (typeof value === 'object' && value !== null) {
    return <Branch name={name} value={value} depth={depth} />
  }
  return (
    <div className="break-words">
      {name !== undefined && <span className="text-slate-700 dark:text-slate-300">{name}: </span>}
      <Leaf value={value} />
    </div>
  )
}

function Leaf({ value }: { value: unknown }) {
  if (typeof value === 'string') {
    return (
      <span className="break-all text-emerald-800 dark:text-emerald-300">
        {JSON.stringify(value)}
      </span>
    )
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return <span className="text-blue-700 dark:text-blue-300">{String(value)}</span>
  }
  if (typeof value === 'boolean') {
    return <span className="text-purple-700 dark:text-purple-300">{String(value)}</span>
  }
  return (
    <span className="text-slate-600 italic dark:text-slate-400">
      {value === null ? 'null' : String(value)}
    </span>
  )
}

function Branch({ name, value, depth }: NodeProps & { value: object }) {
  const [open, setOpen] = useState(depth === 0)
  const [limit, setLimit] = useState(PAGE)
  const isArray = Array.isArray(value)
  const entries = open ? Object.entries(value) : []
  const size = isArray ? value.length : Object.keys(value).length
  const summary = isArray
    ? `Array (${size} ${size === 1 ? 'item' : 'items'})`
    : `Object (${size} ${size === 1 ? 'key' : 'keys'})`

  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className={`inline-flex items-center gap-1 rounded text-left hover:bg-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
      >
        <span aria-hidden="true" className="inline-block w-3 text-slate-600 dark:text-slate-400">
          {open ? '▾' : '▸'}
        </span>
        {name !== undefined && <span className="text-slate-700 dark:text-slate-300">{name}:</span>}{' '}
        <span className="text-slate-600 dark:text-slate-400">{summary}</span>
      </button>
      {open && size > 0 && (
        <ul className="ml-2 border-l border-slate-200 pl-3 dark:border-slate-700">
          {entries.slice(0, limit).map(([key, child]) => (
            <li key={key}>
              <JsonNode name={key} value={child} depth={depth + 1} />
            </li>
          ))}
          {entries.length > limit && (
            <li>
              <button
                type="button"
                onClick={() => setLimit(limit + PAGE)}
                className={`rounded text-sky-700 underline dark:text-sky-300 ${focusRing}`}
              >
                Show {Math.min(PAGE, entries.length - limit)} more of {entries.length - limit}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
