import { type VirtualItem, type Virtualizer, useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useRef } from 'react'
import { afterFirstLayout, afterLayoutOptions, laidOutByObserver } from './virtual-after-layout'

type Options = Parameters<typeof useVirtualizer<HTMLElement, Element>>[0] & {
  /** The box's height until it is laid out (its CSS maximum): how many rows to mount first. */
  expectedHeight?: number
  /** Open scrolled to the end (a chat log): the last rows are the first mounted. */
  openAtEnd?: boolean
}

export type ScrollBoxWindow = {
  /** The rows to mount now: a new array whenever the window moves or a row is measured. */
  items: VirtualItem[]
  totalSize: number
  /** Stable; give it as the ref of each mounted row so its real height is measured. */
  measureElement: (node: Element | null) => void
  /** Whether the box is scrolled to its end, within the scrollEndThreshold option. */
  atEnd: boolean
  /** Stable; reads the current rows when called, so an effect may keep it. */
  scrollToIndex: (index: number, options?: { align?: 'start' | 'center' | 'end' | 'auto' }) => void
  /** Stable, like scrollToIndex. */
  scrollToEnd: () => void
}

/*
 * The rows of a long list that fit its own scrolling box. TanStack Virtual's useVirtualizer
 * returns one object whose insides change while its identity stays the same, so anything
 * memoized on it (by hand, or by the React Compiler) would show a frozen list. The compiler
 * knows this and skips whatever calls useVirtualizer; react-hooks/incompatible-library says so.
 * This hook is that one skipped place: it reads the state out as plain values on every render
 * and hands on only methods that are stable, so the components using it can be memoized safely.
 *
 * Nothing here reads the layout while React commits (see virtual-after-layout.ts): rows mount
 * at their estimated places, and once the browser has laid them out, they are moved to their
 * measured places before the frame is painted.
 */
export function useScrollBoxVirtualizer({
  expectedHeight = window.innerHeight,
  openAtEnd = false,
  ...options
}: Options): ScrollBoxWindow {
  const layoutFree = afterLayoutOptions(expectedHeight)
  const gaps = (options.gap ?? 0) * Math.max(0, options.count - 1)
  // eslint-disable-next-line react-hooks/incompatible-library -- skipping this hook is intended; it returns only fresh values and stable methods
  const virtualizer = useVirtualizer({
    ...layoutFree,
    ...(openAtEnd &&
      laidOutByObserver() && {
        // By the estimates, where the end will be: the rows mounted first are the last ones.
        // (Without an observer, the end is reached at once from the top, as it always was.)
        initialOffset: () =>
          Math.max(0, options.count * options.estimateSize(0) + gaps - expectedHeight),
      }),
    ...options,
    onChange: (instance, sync) => {
      layoutFree.onChange(instance)
      options.onChange?.(instance, sync)
    },
  })
  const { scrollToEnd } = virtualizer
  // A row asked for before the first layout (a #message-n link) wins over opening at the end.
  const askedForRow = useRef(false)
  const scrollToIndex = useCallback<ScrollBoxWindow['scrollToIndex']>(
    (index, scrollOptions) => {
      askedForRow.current = true
      virtualizer.scrollToIndex(index, scrollOptions)
    },
    [virtualizer],
  )
  useLayoutEffect(() => {
    if (!openAtEnd) return
    // To the exact end once the rows are laid out, still before the first paint.
    return afterFirstLayout(virtualizer.scrollElement, () => {
      if (!askedForRow.current) scrollToEnd()
    })
    // Once, when the list mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return {
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    // By the list's own sizes (the box holds just the list): reading the box's scroll height
    // here would lay out the page in the middle of rendering.
    atEnd: virtualDistanceFromEnd(virtualizer) <= virtualizer.options.scrollEndThreshold,
    measureElement: virtualizer.measureElement,
    scrollToIndex,
    scrollToEnd,
  }
}

/** How far the box is from its end by the list's sizes, without reading the layout. */
function virtualDistanceFromEnd(virtualizer: Virtualizer<HTMLElement, Element>): number {
  const size = virtualizer.scrollRect?.height ?? virtualizer.options.initialRect?.height ?? 0
  const offset = virtualizer.scrollOffset ?? 0
  return Math.max(virtualizer.getTotalSize() + virtualizer.options.scrollMargin - size - offset, 0)
}
