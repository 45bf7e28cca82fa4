import { useVirtualizer } from '@tanstack/react-virtual'
import { afterLayoutOptions } from '@/lib/virtual-after-layout'
import { useMemo, useRef, useState } from 'react'
import { UntrustedText } from '../ui/untrusted-text'
import { focusRing, smallButton } from '../ui/styles'
import { JsonScalar } from './json-scalar'
import { isBranch, jsonText } from '@/lib/json-text'
import { tableColumns } from './table-columns'
import { formatNumber } from '@/lib/format'

export const COLUMN_PAGE = 8
/* Up to this many rows render plainly; past it, only the rows on screen are mounted. */
const VIRTUALIZE_ABOVE = 100
/* The scroll box's maximum height (max-h-[32rem]) in pixels, until it is laid out. */
const BOX_HEIGHT = 32 * 16
const CELL_CHARS = 80

type Props = { rows: readonly Record<string, unknown>[]; label: string }

function Cell({ value }: { value: unknown }) {
  if (value === undefined) return null
  if (isBranch(value)) {
    const result = jsonText(value, {
      indent: 0,
      maxChars: CELL_CHARS,
      escapeHidden: true,
      maxDepth: 4,
    })
    return (
      <span className="text-slate-700 dark:text-slate-300">
        {result.text}
        {result.omitted > 0 && '…'}
      </span>
    )
  }
  return <JsonScalar value={value} preview={CELL_CHARS} />
}

/* An array of objects as a table: columns are the union of the keys, the first few shown. */
export function JsonTable({ rows, label }: Props) {
  const { columns, capped } = useMemo(() => tableColumns(rows), [rows])
  const [shown, setShown] = useState(COLUMN_PAGE)
  const visible = columns.slice(0, shown)
  const hidden = columns.length - visible.length
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = rows.length > VIRTUALIZE_ABOVE
  const layoutFree = afterLayoutOptions(BOX_HEIGHT, { place: false })
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    ...layoutFree,
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 28,
    overscan: 10,
  })
  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.map((_, index) => ({ index, key: index, start: 0, end: 0 }))
  const paddingTop = virtual ? (items[0]?.start ?? 0) : 0
  const paddingBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0
  const span = visible.length + 1

  return (
    <div>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        {formatNumber(rows.length)} rows · {formatNumber(columns.length)}
        {capped ? '+' : ''} columns
        {hidden > 0 && ` (showing ${visible.length})`}
        {hidden > 0 && (
          <button
            type="button"
            className={`ml-2 ${smallButton}`}
            onClick={() => setShown(shown + COLUMN_PAGE)}
          >
            Show {Math.min(COLUMN_PAGE, hidden)} more columns
          </button>
        )}
      </p>
      {/* Focusable: the box scrolls, and a scroll region must be reachable by keyboard. */}
      <div
        ref={scrollRef}
        role="region"
        aria-label={`${label} table`}
        tabIndex={0}
        className={`max-h-[32rem] overflow-auto rounded border border-slate-200 dark:border-slate-700 ${focusRing}`}
      >
        <table aria-rowcount={rows.length + 1} className="min-w-full font-mono text-xs">
          <thead className="sticky top-0 bg-slate-100 text-left dark:bg-slate-800">
            <tr aria-rowindex={1}>
              <th
                scope="col"
                className="px-2 py-1 font-sans font-medium text-slate-700 dark:text-slate-300"
              >
                #
              </th>
              {visible.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className="px-2 py-1 font-sans font-medium whitespace-nowrap text-slate-700 dark:text-slate-300"
                >
                  <UntrustedText text={column} placeholder='""' max={40} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={span} style={{ height: paddingTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index] as Record<string, unknown>
              return (
                <tr
                  key={item.key}
                  data-index={item.index}
                  ref={virtual ? virtualizer.measureElement : undefined}
                  aria-rowindex={item.index + 2}
                  className="border-t border-slate-100 align-top dark:border-slate-800"
                >
                  <td className="px-2 py-1 text-slate-600 tabular-nums dark:text-slate-400">
                    {item.index}
                  </td>
                  {visible.map((column) => (
                    <td key={column} className="max-w-xs px-2 py-1 break-words">
                      <Cell value={Object.hasOwn(row, column) ? row[column] : undefined} />
                    </td>
                  ))}
                </tr>
              )
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={span} style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}
