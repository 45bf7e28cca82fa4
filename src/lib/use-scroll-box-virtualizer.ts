import { type VirtualItem, useVirtualizer } from '@tanstack/react-virtual'

type Options = Parameters<typeof useVirtualizer<HTMLElement, Element>>[0]

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
 */
export function useScrollBoxVirtualizer(options: Options): ScrollBoxWindow {
  // eslint-disable-next-line react-hooks/incompatible-library -- skipping this hook is intended; it returns only fresh values and stable methods
  const virtualizer = useVirtualizer(options)
  return {
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    atEnd: virtualizer.isAtEnd(),
    measureElement: virtualizer.measureElement,
    scrollToIndex: virtualizer.scrollToIndex,
    scrollToEnd: virtualizer.scrollToEnd,
  }
}
