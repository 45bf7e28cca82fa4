/*
 * One IntersectionObserver for all the rows of a list: each row registers a callback told
 * whether it is in (or near) view. Where the browser has none, every row counts as in view;
 * the fill queue still keeps the requests few at a time.
 */
export type VisibilityWatcher = {
  watch(element: Element, onChange: (visible: boolean) => void): () => void
  disconnect(): void
}

// A little ahead of the viewport, so a row is filled by the time it scrolls in.
const MARGIN = '200px 0px'

export function createVisibilityWatcher(): VisibilityWatcher {
  if (typeof IntersectionObserver === 'undefined') {
    return {
      watch(_element, onChange) {
        onChange(true)
        return () => {}
      },
      disconnect() {},
    }
  }
  const callbacks = new Map<Element, (visible: boolean) => void>()
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting)
    },
    { rootMargin: MARGIN },
  )
  return {
    watch(element, onChange) {
      callbacks.set(element, onChange)
      observer.observe(element)
      return () => {
        callbacks.delete(element)
        observer.unobserve(element)
      }
    },
    disconnect: () => observer.disconnect(),
  }
}
