import type { Source } from '@/api/schema'
import { isRecord } from '@/shared/guards'

/*
 * How often each source is cited, and where the answer first cites it. A citation is the
 * source's URL written in the text (a Markdown link or a bare address). Texts are scanned once
 * for URLs, not once per source, so 300 sources over a megabyte of answer stay cheap.
 */
const URL_PATTERN = /https?:\/\/[^\s<>"'`()[\]{}]+/g

function normalize(url: string): string {
  return url
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .replace(/\/$/, '')
}

function sourceIndexes(sources: readonly Source[]): Map<string, number[]> {
  const byUrl = new Map<string, number[]>()
  sources.forEach((source, index) => {
    const key = normalize(source.url)
    if (!key) return
    const list = byUrl.get(key)
    if (list) list.push(index)
    else byUrl.set(key, [index])
  })
  return byUrl
}

/** Per source (by index), how many times the texts cite it. */
export function citationCounts(texts: readonly string[], sources: readonly Source[]): number[] {
  const counts = sources.map(() => 0)
  const byUrl = sourceIndexes(sources)
  for (const text of texts) {
    for (const match of text.matchAll(URL_PATTERN)) {
      for (const index of byUrl.get(normalize(match[0])) ?? []) {
        counts[index] = (counts[index] ?? 0) + 1
      }
    }
  }
  return counts
}

/** Per source, the character offset of its first citation in the answer, or null. */
export function firstCitations(answer: string, sources: readonly Source[]): (number | null)[] {
  const first: (number | null)[] = sources.map(() => null)
  const byUrl = sourceIndexes(sources)
  for (const match of answer.matchAll(URL_PATTERN)) {
    for (const index of byUrl.get(normalize(match[0])) ?? []) {
      first[index] ??= match.index
    }
  }
  return first
}

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
