import { type ScrollTargetName, itemAttribute, scrollToTarget } from './scroll-targets'

/* About two seconds at 60 frames a second: long enough for a virtual list to measure and mount. */
const MAX_FRAMES = 120

function attributeSelector(value: string): string {
  return `[data-item="${value.replace(/["\\]/g, '\\$&')}"]`
}

/** The mounted element of an item, if any. 'output' keys are offsets: the block holding it. */
export function findItem(name: ScrollTargetName, key: string | number): HTMLElement | null {
  if (name !== 'output') {
    return document.querySelector<HTMLElement>(attributeSelector(itemAttribute(name, key)))
  }
  const offset = Number(key)
  let best: HTMLElement | null = null
  let bestStart = -1
  for (const element of document.querySelectorAll<HTMLElement>('[data-item^="output:"]')) {
    const start = Number(element.dataset.item?.slice('output:'.length))
    if (start <= offset && start > bestStart) {
      best = element
      bestStart = start
    }
  }
  return best
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve())
    else setTimeout(resolve, 16)
  })
}

/**
 * Asks the panel to bring an item into view, then waits until it is in the DOM. Returns the
 * element, or null if it does not appear within about two seconds (no such panel, or no such
 * item).
 */
export async function revealItem(
  name: ScrollTargetName,
  key: string | number,
  signal?: AbortSignal,
): Promise<HTMLElement | null> {
  let asked = scrollToTarget(name, key)
  for (let frame = 0; frame < MAX_FRAMES; frame++) {
    if (signal?.aborted) return null
    const element = findItem(name, key)
    if (element) return element
    // The panel may be built a task or two after the data arrives (see Stages): ask again.
    if (!asked) asked = scrollToTarget(name, key)
    await nextFrame()
  }
  return null
}
