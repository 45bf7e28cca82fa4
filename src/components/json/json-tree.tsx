import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import { afterLayoutOptions } from '@/lib/virtual-after-layout'
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { itemAttribute, registerScrollTarget } from '@/lib/scroll-targets'
import { ancestorPointers } from './json-path'
import { STRING_PREVIEW } from './json-scalar'
import { quoteString } from '@/lib/json-text'
import { type RowAction, TreeRowView } from './json-tree-row'
import {
  type Expansion,
  expandPointers,
  flattenTree,
  INITIAL_EXPANSION,
  isExpanded,
  resolvePointer,
  setExpanded,
  type TreeRow,
} from './tree-rows'

/* Up to this many visible rows render plainly; past it, only the rows on screen are mounted. */
export const VIRTUALIZE_ABOVE = 200
const ROW_HEIGHT = 20
/* The scroll box's maximum height (max-h-[32rem]) in pixels, until it is laid out. */
const BOX_HEIGHT = 32 * 16

export type JsonTreeProps = {
  value: unknown
  label?: string
  /** On the structured-output panel: rows carry data-item and the panel's scroll target works. */
  scrollTarget?: 'structured'
  /** Marks matches of this text in keys and values. */
  highlight?: string
  /** The pointer of the search match being shown. */
  current?: string | null
  /** Controlled expansion (for expand all / collapse all buttons outside). */
  expansion?: Expansion
  onExpansionChange?: (next: Expansion) => void
  onActiveChange?: (row: TreeRow) => void
}

function toggled(set: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(set)
  if (next.has(key)) next.delete(key)
  else next.add(key)
  return next
}

/* The rows' parents' sizes and positions, so screen readers hear "3 of 7" in a flat list. */
function siblingInfo(rows: TreeRow[]): Array<{ setSize: number; position: number }> {
  const info: Array<{ setSize: number; position: number }> = []
  const parents: Array<{ size: number; seen: number }> = []
  for (const row of rows) {
    parents.length = row.depth
    const parent = parents[row.depth - 1]
    if (parent) {
      parent.seen += 1
      info.push({ setSize: parent.size, position: parent.seen })
    } else info.push({ setSize: 1, position: 1 })
    parents[row.depth] = { size: row.size, seen: 0 }
  }
  return info
}

export function JsonTree(props: JsonTreeProps) {
  const { value, label, scrollTarget, highlight, current, onActiveChange } = props
  const [ownExpansion, setOwnExpansion] = useState<Expansion>(INITIAL_EXPANSION)
  const expansion = props.expansion ?? ownExpansion
  // Read by callbacks that must stay stable (so memoized rows do not re-render on every toggle).
  const expansionRef = useRef(expansion)
  useLayoutEffect(() => {
    expansionRef.current = expansion
  }, [expansion])
  const onExpansionChange = props.onExpansionChange
  const changeExpansion = useCallback(
    (update: (previous: Expansion) => Expansion) => {
      const next = update(expansionRef.current)
      expansionRef.current = next
      if (onExpansionChange) onExpansionChange(next)
      else setOwnExpansion(next)
    },
    [onExpansionChange],
  )
  const [active, setActive] = useState('')
  const [openStrings, setOpenStrings] = useState<ReadonlySet<string>>(new Set())
  const [openTexts, setOpenTexts] = useState<ReadonlySet<string>>(new Set())

  const { rows, truncated } = useMemo(() => flattenTree(value, expansion), [value, expansion])
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.pointer, i])), [rows])
  const siblings = useMemo(() => siblingInfo(rows), [rows])
  const activeIndex = indexOf.get(active) ?? 0
  const activeRow = rows[activeIndex]

  useEffect(() => {
    if (activeRow && onActiveChange) onActiveChange(activeRow)
  }, [activeRow, onActiveChange])

  const containerRef = useRef<HTMLDivElement>(null)
  const pending = useRef<{ pointer: string; focus: boolean } | null>(null)
  const virtual = rows.length > VIRTUALIZE_ABOVE
  const layoutFree = afterLayoutOptions(BOX_HEIGHT)
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; rows get only measureElement, a stable method
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    ...layoutFree,
    count: virtual ? rows.length : 0,
    getScrollElement: () => containerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index]?.pointer ?? index,
    // The active row stays mounted, so keyboard focus never lands on nothing.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range)
      if (activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex)
        indexes.sort((a, b) => a - b)
      }
      return indexes
    },
  })

  const onAction = useCallback(
    (pointer: string, action: RowAction) => {
      setActive(pointer)
      if (action === 'toggle') {
        changeExpansion((previous) =>
          setExpanded(previous, pointer, !isExpanded(previous, pointer)),
        )
      } else if (action === 'text') setOpenTexts((set) => toggled(set, pointer))
      else if (action === 'string') setOpenStrings((set) => toggled(set, pointer))
    },
    [changeExpansion],
  )

  // Brings a row into view (and focus) once it is in the list, for keyboard moves and reveals.
  useLayoutEffect(() => {
    const request = pending.current
    if (!request) return
    const index = indexOf.get(request.pointer)
    if (index === undefined) return
    if (virtual) virtualizer.scrollToIndex(index, { align: 'auto' })
    const element = containerRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)
    if (!element) return
    pending.current = null
    if (!virtual) element.scrollIntoView?.({ block: 'nearest' })
    if (request.focus) element.focus({ preventScroll: virtual })
  })

  const moveTo = useCallback((pointer: string, focus: boolean) => {
    pending.current = { pointer, focus }
    setActive(pointer)
  }, [])

  const reveal = useCallback(
    (pointer: string) => {
      if (!resolvePointer(value, pointer)) return
      changeExpansion((previous) => expandPointers(previous, ancestorPointers(pointer)))
      moveTo(pointer, false)
    },
    [value, changeExpansion, moveTo],
  )

  useEffect(() => {
    if (!scrollTarget) return
    return registerScrollTarget(scrollTarget, (key) => reveal(String(key)))
  }, [scrollTarget, reveal])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const row = rows[activeIndex]
    if (!row) return
    const open = row.branch && !row.capped && row.size > 0 && isExpanded(expansion, row.pointer)
    const go = (index: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, index))]
      if (target) moveTo(target.pointer, true)
    }
    switch (event.key) {
      case 'ArrowDown':
        go(activeIndex + 1)
        break
      case 'ArrowUp':
        go(activeIndex - 1)
        break
      case 'Home':
        go(0)
        break
      case 'End':
        go(rows.length - 1)
        break
      case 'ArrowRight':
        if (row.branch && !row.capped && row.size > 0 && !open) onAction(row.pointer, 'toggle')
        else if (open) go(activeIndex + 1)
        break
      case 'ArrowLeft': {
        if (open) {
          onAction(row.pointer, 'toggle')
          break
        }
        const parent = ancestorPointers(row.pointer).at(-1)
        if (parent !== undefined) moveTo(parent, true)
        break
      }
      case 'Enter':
        if (row.capped) onAction(row.pointer, 'text')
        else if (row.branch && row.size > 0) onAction(row.pointer, 'toggle')
        else if (
          typeof row.value === 'string' &&
          quoteString(row.value, true).length > STRING_PREVIEW
        )
          onAction(row.pointer, 'string')
        break
      default:
        return
    }
    event.preventDefault()
  }

  function renderRow(
    index: number,
    extra?: { measure: (el: HTMLElement | null) => void; start: number },
  ) {
    const row = rows[index] as TreeRow
    const info = siblings[index] ?? { setSize: 1, position: 1 }
    return (
      <TreeRowView
        key={row.pointer}
        row={row}
        label={label}
        index={index}
        setSize={info.setSize}
        position={info.position}
        expanded={isExpanded(expansion, row.pointer)}
        active={index === activeIndex}
        current={current === row.pointer}
        highlight={highlight}
        stringOpen={openStrings.has(row.pointer)}
        textOpen={openTexts.has(row.pointer)}
        item={scrollTarget ? itemAttribute(scrollTarget, row.pointer) : undefined}
        onAction={onAction}
        measure={extra?.measure}
        style={
          extra
            ? {
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${extra.start}px)`,
              }
            : undefined
        }
      />
    )
  }

  return (
    <div className="font-mono text-xs leading-5 text-slate-800 dark:text-slate-200">
      <div
        ref={containerRef}
        role="tree"
        aria-label={label ? `${label} (JSON)` : 'JSON value'}
        onKeyDown={onKeyDown}
        className={virtual ? 'relative max-h-[32rem] overflow-auto' : undefined}
      >
        {virtual ? (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer
              .getVirtualItems()
              .map((item) =>
                renderRow(item.index, { measure: virtualizer.measureElement, start: item.start }),
              )}
          </div>
        ) : (
          rows.map((_, index) => renderRow(index))
        )}
      </div>
      {truncated && (
        <p className="mt-1 font-sans text-slate-600 dark:text-slate-400">
          Too many rows to list at once; collapse some branches to see the rest.
        </p>
      )}
    </div>
  )
}
