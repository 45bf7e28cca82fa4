import { messageText } from '@/lib/transcript'

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
