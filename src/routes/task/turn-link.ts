import { itemAttribute, scrollToTarget } from '@/lib/scroll-targets'
import { messageText } from '@/api/worker/transcript'

/** Where turn `seq` starts in the conversation: the index of its user message, if any. */
export function turnMessageIndex(messages: unknown[], seq: number): number | null {
  let seen = -1
  for (const [index, message] of messages.entries()) {
    if (messageText(message)?.role === 'user') {
      seen += 1
      if (seen === seq) return index
    }
  }
  return null
}

export const turnAnchor = (seq: number) => `turn-${seq}`

/**
 * Brings message `index` of `total` into view: through the Messages panel's scroll target when
 * it registers one, else by finding the mounted item (the panel mounts the newest messages).
 */
export function showMessage(index: number, total: number): boolean {
  if (scrollToTarget('messages', index)) return true
  let item = document.querySelector(`[data-item="${itemAttribute('messages', index)}"]`)
  if (!item) {
    const heading = [...document.querySelectorAll('section h2')].find(
      (h) => h.textContent === 'Messages',
    )
    const list = heading?.closest('section')?.querySelector('ol')
    const start = list ? total - list.children.length : 0
    item = list?.children[index - start] ?? null
  }
  if (!item) return false
  item.scrollIntoView({ block: 'start' })
  return true
}
