import type { ScrollTargetName } from './scroll-targets'
import { revealItem } from './reveal-item'

/* Long enough for a big answer above to finish laying out; short enough never to fight a reader. */
const HOLD_MS = 5000
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

/*
 * Brings an item into view and keeps it there while the page above it is still growing (a long
 * answer laid out block by block moves everything below it). It lets go after a few seconds,
 * or at once when the reader scrolls, types or clicks.
 */
export function keepInView(name: ScrollTargetName, key: string | number): () => void {
  const controller = new AbortController()
  const { signal } = controller
  const align = async () => {
    const element = await revealItem(name, key, signal)
    if (element && !signal.aborted) element.scrollIntoView?.({ block: 'start' })
  }
  void align()
  if (typeof ResizeObserver === 'function') {
    let scheduled = false
    const observer = new ResizeObserver(() => {
      if (scheduled || signal.aborted) return
      scheduled = true
      requestAnimationFrame(() => {
        scheduled = false
        void align()
      })
    })
    observer.observe(document.body)
    signal.addEventListener('abort', () => observer.disconnect())
  }
  const release = () => controller.abort()
  const timer = setTimeout(release, HOLD_MS)
  for (const type of READER_INPUT) window.addEventListener(type, release, { once: true, signal })
  signal.addEventListener('abort', () => clearTimeout(timer))
  return release
}
