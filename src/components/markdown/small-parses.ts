import { useEffect, useMemo, useState } from 'react'
import { NEUTRAL_PREFIX, withIdPrefix } from './id-prefix'
import { markdownClient } from './markdown-client'
import type { MarkdownBlock } from './markdown-parse'
import { textBlocks } from './plain-blocks'
import { pageOrigin } from './use-parse-options'

/*
 * Small texts (messages, reasoning, tool output) are parsed by the markdown worker and kept by
 * text: a re-render, or a message of a virtualized list mounted again, shows its markdown at
 * once without asking again. Texts that look the same share one parse.
 */
const MAX_TEXTS = 500
const MAX_CHARS = 1_000_000

type Waiting = { listeners: Set<(blocks: MarkdownBlock[]) => void>; withdraw: () => boolean }

const parsed = new Map<string, MarkdownBlock[]>()
const waiting = new Map<string, Waiting>()
let keptChars = 0

function remember(text: string, blocks: MarkdownBlock[]): void {
  if (!parsed.has(text)) keptChars += text.length
  parsed.delete(text)
  parsed.set(text, blocks)
  // A Map iterates in insertion order: the first key is the one used longest ago.
  for (const oldest of parsed.keys()) {
    if (parsed.size <= MAX_TEXTS && keptChars <= MAX_CHARS) break
    parsed.delete(oldest)
    keptChars -= oldest.length
  }
}

/** The kept parse of `text`, if any (and it becomes the most recently used). */
export function keptParse(text: string): MarkdownBlock[] | undefined {
  const blocks = parsed.get(text)
  if (blocks) remember(text, blocks)
  return blocks
}

/** Asks for the parse of `text`; returns a function that stops listening. */
export function requestParse(text: string, listener: (blocks: MarkdownBlock[]) => void) {
  let entry = waiting.get(text)
  if (!entry) {
    const listeners = new Set<(blocks: MarkdownBlock[]) => void>()
    const options = { appOrigin: pageOrigin(), idPrefix: NEUTRAL_PREFIX }
    const withdraw = markdownClient.parseSmall(text, options, (result) => {
      waiting.delete(text)
      // Not parsed in time: it stays text, and is not asked for again.
      const blocks = result ?? textBlocks(text)
      remember(text, blocks)
      for (const each of listeners) each(blocks)
    })
    entry = { listeners, withdraw }
    waiting.set(text, entry)
  }
  const current = entry
  current.listeners.add(listener)
  return () => {
    current.listeners.delete(listener)
    // Nobody waits any more (scrolled past): a request not yet sent is withdrawn.
    if (current.listeners.size === 0 && waiting.get(text) === current && current.withdraw())
      waiting.delete(text)
  }
}

export type SmallParse = {
  /** Null until a parse has arrived. */
  blocks: MarkdownBlock[] | null
  /** False while an earlier text's blocks stand in for the current one. */
  current: boolean
}

/**
 * The blocks of a small text with the document's own id prefix. When the text changes, what was
 * shown stays until the new text is parsed (no flash back to text). `text` null asks for nothing.
 */
export function useSmallParse(text: string | null, idPrefix: string): SmallParse {
  const kept = text === null ? undefined : keptParse(text)
  const [shown, setShown] = useState<MarkdownBlock[] | null>(null)
  if (kept && kept !== shown) setShown(kept)
  useEffect(() => {
    if (text === null || kept) return
    return requestParse(text, setShown)
  }, [text, kept])
  const blocks = kept ?? shown
  const prefixed = useMemo(() => blocks && withIdPrefix(blocks, idPrefix), [blocks, idPrefix])
  return { blocks: prefixed, current: kept !== undefined }
}
