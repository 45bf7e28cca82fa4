import { keepInView } from '@/lib/keep-in-view'
import { revealItem } from '@/lib/reveal-item'
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

/**
 * A turn of the task section, by the number people read ("Turn 2" is seq 1). Not "turn-n": that
 * is the conversation's own link to a turn (see deep-link.ts), which the task's link points at.
 */
export const taskTurnAnchor = (seq: number) => `task-turn-${seq + 1}`
export const conversationTurnHash = (seq: number) => `#turn-${seq + 1}`

/* Long enough to find the message again after the jump; short enough not to linger. */
export const HIGHLIGHT_MS = 2500

/**
 * Brings message `index` into view at the top of the Messages panel, moves the keyboard focus to
 * it (so a screen reader reads it and Tab goes on from there) and marks it for a moment, so the
 * eye finds it after the jump.
 */
export async function focusMessage(index: number): Promise<HTMLElement | null> {
  keepInView('messages', index)
  const item = await revealItem('messages', index)
  if (!item) return null
  if (!item.hasAttribute('tabindex')) item.tabIndex = -1
  item.focus({ preventScroll: true })
  item.dataset.highlight = ''
  setTimeout(() => delete item.dataset.highlight, HIGHLIGHT_MS)
  return item
}
