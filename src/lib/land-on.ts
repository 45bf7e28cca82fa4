/*
 * After a jump (a citation to its source, a source back to its citation) the reader must see
 * and hear where they landed: the target gets the focus, so keyboard and screen-reader users go
 * on from there, and a brief highlight (`data-landed`, styled in index.css) for the eye.
 */
const HIGHLIGHT_MS = 2000

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>()

export function landOn(element: HTMLElement): void {
  // A list item or a block cannot take the focus unless it is given a tabindex.
  if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.tabIndex = -1
  element.scrollIntoView?.({ block: 'center' })
  element.focus({ preventScroll: true })
  // Landing on the same place again starts the highlight again.
  element.removeAttribute('data-landed')
  void element.offsetWidth
  element.setAttribute('data-landed', '')
  clearTimeout(timers.get(element))
  timers.set(
    element,
    setTimeout(() => element.removeAttribute('data-landed'), HIGHLIGHT_MS),
  )
}
