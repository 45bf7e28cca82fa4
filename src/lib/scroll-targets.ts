/*
 * Long panels mount only what is on screen, so "go to message 1,200" or "show search match 7"
 * cannot just look the element up. Each panel registers how to bring one of its items into
 * view; search, deep links and citation markers ask through here.
 *
 * Names and keys:
 *   'output'     key = character offset into the answer text
 *   'messages'   key = message index
 *   'sources'    key = source index
 *   'files'      key = file index
 *   'structured' key = JSON pointer of a value in the structured output ("/records/12/id")
 *
 * A rendered item carries data-item="<name>:<key>" (for 'output', the block's start offset),
 * so that once it is mounted the caller can find it in the DOM.
 */
export type ScrollTargetName = 'output' | 'messages' | 'sources' | 'files' | 'structured'

type Scroller = (key: string | number) => void

const targets = new Map<ScrollTargetName, Scroller>()

/** Registers a panel's scroller; returns the function that removes it (for effect cleanup). */
export function registerScrollTarget(name: ScrollTargetName, scroller: Scroller): () => void {
  targets.set(name, scroller)
  return () => {
    if (targets.get(name) === scroller) targets.delete(name)
  }
}

/** Asks the panel to bring the item into view; false when no such panel is mounted. */
export function scrollToTarget(name: ScrollTargetName, key: string | number): boolean {
  const scroller = targets.get(name)
  if (!scroller) return false
  scroller(key)
  return true
}

/** The DOM attribute value that marks an item, for `[data-item="..."]` lookups. */
export function itemAttribute(name: ScrollTargetName, key: string | number): string {
  return `${name}:${key}`
}
