/*
 * The page's search, from the first screen on. A run page drawn by the server has the app's
 * search box in its panel bar, hidden, and this script (written into the page with its nonce,
 * so it runs before any bundle has arrived): Ctrl+F or Cmd+F opens the box, as in the app, and
 * Enter shows the first occurrence of the query in what the screen holds (the answer's start
 * and end, the latest message), marked as the app marks a match. When the app takes over it
 * opens its own search with the query typed here and searches the whole run
 * (app/first-screen-handover.ts).
 *
 * Plain script as text, since it runs before any module; the tests run this same text.
 * It only reads the reader's own input and the page's text, and writes no markup.
 */
export const FIRST_SEARCH_ATTRIBUTE = 'data-first-search'
/** On the box while the reader is typing a query they have not sent yet. */
export const FIRST_SEARCH_TYPING = 'data-typing'

export const FIRST_SEARCH_SCRIPT = `(() => {
  const box = document.querySelector('[${FIRST_SEARCH_ATTRIBUTE}]')
  const input = box && box.querySelector('input')
  const status = box && box.querySelector('[role="status"]')
  const content = document.getElementById('content')
  if (!input || !status || !content) return
  const onKey = (event) => {
    if (!box.isConnected) return removeEventListener('keydown', onKey)
    const modifier = event.ctrlKey || event.metaKey
    if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'f') return
    event.preventDefault()
    box.hidden = false
    input.focus()
    input.select()
  }
  addEventListener('keydown', onKey)
  // Marked while the reader types: the app waits to replace the box until Enter or a blur.
  input.addEventListener('input', () => box.setAttribute('${FIRST_SEARCH_TYPING}', ''))
  input.addEventListener('blur', () => box.removeAttribute('${FIRST_SEARCH_TYPING}'))
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    box.removeAttribute('${FIRST_SEARCH_TYPING}')
    const needle = input.value.trim().toLowerCase()
    status.textContent = ''
    if (!needle) return
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.toLowerCase().indexOf(needle)
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      if (window.CSS && CSS.highlights && typeof Highlight === 'function') {
        CSS.highlights.set('search-active', new Highlight(range))
      }
      const place = range.getBoundingClientRect()
      scrollBy(0, place.top - innerHeight / 2)
      return
    }
    status.textContent = 'More as it loads'
  })
})()`
