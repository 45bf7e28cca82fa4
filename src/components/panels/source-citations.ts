import { isRecord } from '@/shared/guards'

/** The texts an assistant wrote in the conversation, where it may cite sources too. */
export function assistantTexts(messages: readonly unknown[]): string[] {
  const texts: string[] = []
  for (const message of messages) {
    if (!isRecord(message) || message.role !== 'assistant') continue
    const { parts, content } = message
    if (typeof content === 'string') texts.push(content)
    const list = Array.isArray(parts) ? parts : Array.isArray(content) ? content : []
    for (const part of list) {
      if (isRecord(part) && part.type === 'text' && typeof part.text === 'string') {
        texts.push(part.text)
      }
    }
  }
  return texts
}
