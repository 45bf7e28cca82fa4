import { useEffect, useMemo, useState } from 'react'
import { isShortText } from './markdown-budget'
import { documentClient, shortTextClient } from './markdown-client'
import type { MarkdownBlock } from './markdown-parse'
import { cachedBlocks, rememberBlocks } from './parsed-cache'
import { plainBlocks } from './plain-blocks'
import { useParseOptions } from './use-parse-options'

export type BlocksState = { blocks: MarkdownBlock[]; done: boolean }

/*
 * The blocks of a text. Markdown is parsed in the worker only: the text is shown as plain text
 * first and its blocks replace it as they arrive, chunk by chunk (a short text already parsed
 * shows its blocks at once). The raw view is the text itself and needs no parse.
 */
export function useMarkdownBlocks(text: string, mode: 'markdown' | 'plain'): BlocksState {
  const options = useParseOptions()
  const now = useMemo<BlocksState | null>(() => {
    if (mode === 'plain') return { blocks: plainBlocks(text), done: true }
    const cached = cachedBlocks(text, options)
    return cached ? { blocks: cached, done: true } : null
  }, [text, mode, options])
  const known = now !== null
  const [later, setLater] = useState<{ text: string; stale: MarkdownBlock[] } & BlocksState>({
    text: '',
    blocks: [],
    done: false,
    stale: [],
  })
  useEffect(() => {
    if (known) return
    let blocks: MarkdownBlock[] = []
    const client = isShortText(text) ? shortTextClient : documentClient
    return client.request(text, options, (more, done) => {
      blocks = blocks.concat(more)
      if (done) rememberBlocks(text, options, blocks)
      setLater((previous) => {
        const stale = previous.text === text ? previous.stale : previous.blocks
        return { text, blocks, done, stale: done ? [] : stale }
      })
    })
  }, [text, known, options])
  const pending = useMemo(() => (now ? null : unparsedView(text, later)), [now, text, later])
  return now ?? (pending as BlocksState)
}

/*
 * What to show while the worker parses. The text not parsed yet is shown as plain text, so the
 * end of a long answer can be read (and searched, and scrolled to) at once, and the page has
 * about its final length; each chunk replaces its plain text as it arrives. While a changed
 * text (a live answer growing) is parsed again, the old blocks past what is parsed so far stay
 * on screen instead, so the page does not shrink and grow back.
 */
function unparsedView(
  text: string,
  later: { text: string; stale: MarkdownBlock[] } & BlocksState,
): BlocksState {
  if (later.text !== text) {
    return { blocks: later.blocks.length > 0 ? later.blocks : plainBlocks(text), done: false }
  }
  if (later.done) return { blocks: later.blocks, done: true }
  const parsedTo = later.blocks.at(-1)?.end ?? 0
  const rest = later.stale.filter((block) => block.start >= parsedTo)
  return {
    blocks: later.blocks.concat(rest.length > 0 ? rest : plainBlocks(text, parsedTo)),
    done: false,
  }
}
