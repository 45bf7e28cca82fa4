import { type ReactNode, useEffect, useRef } from 'react'
import { itemAttribute, registerScrollTarget, type ScrollTargetName } from '@/lib/scroll-targets'
import { useScrollBoxVirtualizer } from '@/lib/use-scroll-box-virtualizer'
import { focusRing } from './styles'
import { formatNumber } from '@/lib/format'

type Props<T> = {
  items: readonly T[]
  /** The scroll target search and links reach the rows through (key = index). */
  target: ScrollTargetName
  /** What the rows are, plural, for the box's name: "300 sources, scrollable". */
  noun: string
  rowEstimate: number
  gap?: number
  ordered?: boolean
  listClassName?: string
  rowClassName?: string
  rowId?: (index: number) => string
  renderRow: (item: T, index: number) => ReactNode
}

/* The box's maximum height (max-h-[28rem]), in pixels, until it is laid out. */
const BOX_HEIGHT = 28 * 16

/*
 * A long list in its own scrolling box, of which only the rows in view are mounted: the side
 * panels' lists past a screenful. Asked for a row (search, a link), the box scrolls to the row
 * and the page to the box.
 */
export function ScrollBoxList<T>({
  items,
  target,
  noun,
  rowEstimate,
  gap,
  ordered = false,
  listClassName = '',
  rowClassName = '',
  rowId,
  renderRow,
}: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const count = items.length
  const rows = useScrollBoxVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowEstimate,
    gap,
    overscan: 6,
    expectedHeight: BOX_HEIGHT,
  })
  const { scrollToIndex } = rows
  useEffect(
    () =>
      registerScrollTarget(target, (key) => {
        const index = Number(key)
        if (!Number.isInteger(index) || index < 0 || index >= count) return
        scrollRef.current?.scrollIntoView?.({ block: 'nearest' })
        scrollToIndex(index, { align: 'start' })
      }),
    [target, count, scrollToIndex],
  )
  const List = ordered ? 'ol' : 'ul'
  return (
    <div
      ref={scrollRef}
      // A scrolling box must be reachable with the keyboard to be scrolled without a mouse.
      tabIndex={0}
      role="group"
      aria-label={`${formatNumber(count)} ${noun}, scrollable`}
      className={`max-h-[28rem] overflow-y-auto rounded-md ${focusRing}`}
    >
      <List className={`relative ${listClassName}`} style={{ height: rows.totalSize }}>
        {rows.items.map((row) => {
          const item = items[row.index]
          if (item === undefined) return null
          return (
            <li
              key={row.key}
              id={rowId?.(row.index)}
              data-index={row.index}
              data-item={itemAttribute(target, row.index)}
              ref={rows.measureElement}
              aria-posinset={row.index + 1}
              aria-setsize={count}
              className={`absolute top-0 left-0 w-full pr-1 ${rowClassName}`}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderRow(item, row.index)}
            </li>
          )
        })}
      </List>
    </div>
  )
}
