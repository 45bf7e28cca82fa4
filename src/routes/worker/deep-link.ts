import type { ScrollTargetName } from '@/lib/scroll-targets'
import { turnStarts } from '@/components/panels/message-role'

export type DeepLinkTarget = { name: ScrollTargetName; key: number }

/**
 * What a #fragment of a worker view points at: #message-n and #source-n (1-based, as shown),
 * #turn-n (the turn's first message). Null for anything else, or numbers out of range.
 */
export function parseDeepLink(
  hash: string,
  data: { messages: readonly unknown[]; sourceCount: number },
): DeepLinkTarget | null {
  const match = /^#(message|turn|source)-(\d{1,7})$/.exec(hash)
  if (!match) return null
  const number = Number(match[2])
  if (number < 1) return null
  if (match[1] === 'message') {
    return number <= data.messages.length ? { name: 'messages', key: number - 1 } : null
  }
  if (match[1] === 'source') {
    return number <= data.sourceCount ? { name: 'sources', key: number - 1 } : null
  }
  const first = turnStarts(data.messages).firstMessage[number - 1]
  return first === undefined ? null : { name: 'messages', key: first }
}
