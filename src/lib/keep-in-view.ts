import type { ScrollTargetName } from './scroll-targets'
import { revealItem } from './reveal-item'

/* Long enough for a big answer above to finish laying out; short enough never to fight a reader. */
const HOLD_MS = 5000
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

type Find = (signal: AbortSignal) => Promise<Element | null>

/** Whether some of the element is inside the window and inside every box it scrolls in. */
export function isShown(element: Element): boolean {
  const rect = element.getBoundingClientRect()
  let top = Math.max(rect.top, 0)
  let bottom = Math.min(rect.bottom, window.innerHeight)
  for (let box = element.parentElement; box && top < bottom; box = box.parentElement) {
    if (!/(auto|scroll|hidden)/.test(getComputedStyle(box).overflowY)) continue
    const clip = box.getBoundingClientRect()
    top = Math.max(top, clip.top)
    bottom = Math.min(bottom, clip.bottom)
  }
  return top < bottom
}

/*
 * Brings an element into view and keeps it there while the page around it is still settling:
 * a long answer above laid out block by block, a virtual list measuring its rows, a panel
 * built a moment later. Checked once a frame; aligned again whenever it has left the window
 * (or its scroll box), found again if its list unmounted it. Lets go after a few seconds, at
 * once when the reader scrolls, types or clicks, or when `until` aborts.
 */
export function holdInView(find: Find, block: ScrollLogicalPosition, until?: AbortSignal) {
  const controller = new AbortController()
  const { signal } = controller
  const release = () => controller.abort()
  if (until?.aborted) return release
  until?.addEventListener('abort', release, { signal })

  let element: Element | null = null
  let finding = false
  const locate = async () => {
    finding = true
    const found = await find(signal)
    finding = false
    if (signal.aborted || !found) return
    element = found
    element.scrollIntoView?.({ block })
  }
  const check = () => {
    if (signal.aborted) return
    if (!finding) {
      if (element && !element.isConnected) void locate()
      else if (element && !isShown(element)) element.scrollIntoView?.({ block })
    }
    requestAnimationFrame(check)
  }
  void locate()
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(check)

  const timer = setTimeout(release, HOLD_MS)
  for (const type of READER_INPUT) window.addEventListener(type, release, { once: true, signal })
  signal.addEventListener('abort', () => clearTimeout(timer))
  return release
}

/** Keeps an item of a panel (see scroll-targets) in view, its top at the top of the window. */
export function keepInView(name: ScrollTargetName, key: string | number): () => void {
  return holdInView((signal) => revealItem(name, key, signal), 'start')
}
