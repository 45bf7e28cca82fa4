/*
 * Where a document's end is on screen: the top of its last line of text (where the reader's
 * eye is, whatever that line's height as plain or as formatted text), or the element's bottom
 * when it holds no text. Shared by the answer that holds its end in place while it changes
 * (components/markdown/use-hold-end.ts) and by the app taking over the server's first screen
 * (app/first-screen-handover.ts).
 */
export function textEndTop(element: Element): number {
  const last = element.lastElementChild
  const text = last ? lastText(last) : lastText(element)
  if (!text) return element.getBoundingClientRect().bottom
  const end = text.data.trimEnd().length
  const range = document.createRange()
  range.setStart(text, end - 1)
  range.setEnd(text, end)
  return range.getBoundingClientRect().top
}

function lastText(root: Element): Text | null {
  // Elements are skipped, not rejected: the walker's last child is the subtree's last text node.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.lastChild(); node; node = walker.previousNode()) {
    if (node instanceof Text && node.data.trim() !== '') return node
  }
  return null
}
