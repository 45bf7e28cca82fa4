import { type RefObject, useLayoutEffect, useState } from 'react'

/*
 * A list that scrolls with the window needs its distance from the top of the document, and
 * that distance changes whenever something above it grows (a longer answer, a new note), so
 * it is measured again on every layout change of the page.
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().top + window.scrollY)
      setTop((previous) => (previous === next ? previous : next))
    }
    measure()
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [ref])
  return top
}

/** The page's scroll-padding-top (room left for the sticky panel bar), in pixels. */
export function scrollPaddingTop(): number {
  if (typeof window === 'undefined') return 0
  const value = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)
  return Number.isFinite(value) ? value : 0
}
