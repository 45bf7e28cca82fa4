import {
  elementScroll,
  measureElement as readRowSize,
  observeElementOffset,
  observeElementRect,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual'

/*
 * TanStack Virtual reads the layout the moment a list mounts, inside React's commit: each new
 * row's height (in its ref callback), the box's size, and a write of the box's scroll position.
 * With a panel's new rows not laid out yet, the first read makes the browser lay out the page
 * there and then, and a row taller than its estimate renders the list again at once, which reads
 * again: a long task on a big page. These options leave the layout to the browser's own frame
 * and take the sizes from ResizeObserver, which reports them after layout and before paint; the
 * rows are moved to their measured places right there, so the first frame still shows every row
 * in its place, and React renders the list again in a task of its own. Where there is no
 * ResizeObserver (jsdom), they read as TanStack does.
 */

type Instance = Virtualizer<HTMLElement, Element>

/** Boxes laid out at least once, and the scroll write each one waits for until then. */
const laidOut = new WeakSet<Element>()
const waitingWrite = new WeakMap<Element, () => void>()
/** Lists whose sizes an observer just reported: their rows are placed before paint. */
const reportedNow = new WeakSet<Instance>()

/** Whether sizes come from ResizeObserver here (a browser), not from reads at mount (jsdom). */
export function laidOutByObserver(): boolean {
  return typeof ResizeObserver === 'function'
}

function markReported(instance: Instance) {
  reportedNow.add(instance)
  // Cleared once the observer's callback is over, whether or not anything changed.
  queueMicrotask(() => reportedNow.delete(instance))
}

/** A row's height: from the observer's entry; a row mounted just now keeps its estimate. */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Instance) {
  // A row's ref runs before the list knows its window; the global says whether there is one.
  if (!laidOutByObserver()) return readRowSize(element, entry, instance)
  if (entry) {
    markReported(instance)
    return readRowSize(element, entry, instance)
  }
  const index = instance.indexFromElement(element)
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  )
}

/** The box's size, first reported after its first layout (until then: initialRect). */
function observeBox(instance: Instance, report: (rect: Rect) => void) {
  const box = instance.scrollElement
  const Observer = instance.targetWindow?.ResizeObserver
  if (!box || !Observer) return observeElementRect(instance, report)
  const observer = new Observer(() => {
    laidOut.add(box)
    const write = waitingWrite.get(box)
    waitingWrite.delete(box)
    write?.()
    markReported(instance)
    // Inside the observer the layout is fresh: these reads cost nothing.
    report({ width: box.clientWidth, height: box.clientHeight })
  })
  observer.observe(box)
  return () => observer.disconnect()
}

/** A scroll write before the box's first layout waits for it (the latest one wins). */
function scrollBox(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Instance,
) {
  const box = instance.scrollElement
  if (box && laidOutByObserver() && !laidOut.has(box)) {
    waitingWrite.set(box, () => elementScroll(offset, options, instance))
    return
  }
  elementScroll(offset, options, instance)
}

/** Whether the list's last change came from sizes just reported (so before this paint). */
export function reportedBeforePaint(instance: Instance): boolean {
  return reportedNow.delete(instance)
}

/**
 * Moves the mounted rows to their measured places and sets the list's height, straight in the
 * DOM, as the list renders them (absolute rows moved by translateY, in a list as high as all
 * rows). Run from the observer's report, it puts every row in place before paint without a
 * React render there; the render that follows writes the same values.
 */
export function placeRows(instance: Instance) {
  // The rows in the window; a mounted row the new sizes pushed out of it moves too, by the
  // list's measurements, so none is left where the estimates had put it.
  const starts = new Map(instance.getVirtualItems().map((item) => [item.key, item.start]))
  let list: HTMLElement | null = null
  for (const [key, row] of instance.elementsCache) {
    if (!(row instanceof HTMLElement) || !row.isConnected) continue
    const start =
      starts.get(key) ?? instance.measurementsCache[instance.indexFromElement(row)]?.start
    if (start === undefined) continue
    row.style.transform = `translateY(${start}px)`
    list ??= row.parentElement
  }
  if (list) list.style.height = `${instance.getTotalSize()}px`
}

/** Spread into useVirtualizer's options; `height` is the box's expected height until measured. */
export function afterLayout(height: number) {
  return {
    measureElement: measureRow,
    observeElementRect: observeBox,
    observeElementOffset,
    scrollToFn: scrollBox,
    initialRect: { width: 0, height },
  }
}

/**
 * Runs `run` once the element has been laid out (in its first ResizeObserver report, before
 * paint), or at once where there is no ResizeObserver. Returns a cleanup.
 */
export function afterFirstLayout(element: Element | null, run: () => void): () => void {
  const Observer = element?.ownerDocument.defaultView?.ResizeObserver
  if (!element || !Observer) {
    run()
    return () => {}
  }
  const observer = new Observer(() => {
    observer.disconnect()
    run()
  })
  observer.observe(element)
  return () => observer.disconnect()
}

/**
 * For a list that calls useVirtualizer itself: the options that keep it from reading the layout
 * while React commits, and place its rows before paint when their sizes are reported (rows
 * moved by translateY in a list as high as all of them; `place: false` otherwise).
 * `expectedHeight` is the box's height until it is laid out.
 */
export function afterLayoutOptions(expectedHeight: number, { place = true } = {}) {
  return {
    ...afterLayout(expectedHeight),
    // TanStack renders the list synchronously when a report moved the scroll position (a list
    // held at its end): inside the browser's frame, with whatever effects React had pending.
    // The rows are placed in the report already; React renders in a task of its own.
    ...(place && laidOutByObserver() && { useFlushSync: false }),
    onChange: (instance: Instance) => {
      if (reportedBeforePaint(instance) && place) placeRows(instance)
    },
  }
}
