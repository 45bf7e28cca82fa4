import { useEffect, useMemo, useState } from 'react'
import { afterNextFrame } from '@/lib/yield-to-browser'
import { PAGE_CHARS } from './block-pages'
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
    // Blocks as they arrive, and those shown so far: a prefix, one page more per frame.
    let arrived: MarkdownBlock[] = []
    let shown = 0
    let finished = false
    let nextPage: (() => void) | null = null
    const showNextPage = () => {
      nextPage = null
      shown = pageEnd(arrived, shown)
      const blocks = arrived.slice(0, shown)
      const done = finished && shown === arrived.length
      setLater((previous) => {
        const stale = previous.text === text ? previous.stale : previous.blocks
        return { text, blocks, done, stale: done ? [] : stale }
      })
      if (shown < arrived.length) nextPage = afterNextFrame(showNextPage)
    }
    const client = isShortText(text) ? shortTextClient : documentClient
    const stop = client.request(text, options, (more, done) => {
      arrived = arrived.concat(more)
      finished = done
      if (done) rememberBlocks(text, options, arrived)
      if (!nextPage) showNextPage()
    })
    return () => {
      stop()
      nextPage?.()
    }
  }, [text, known, options])
  const pending = useMemo(() => (now ? null : unparsedView(text, later)), [now, text, later])
  return now ?? (pending as BlocksState)
}

/*
 * Where the blocks of one more page end, from `shown`: a parsed chunk (8,000 characters) is
 * shown a page (3,000) per frame, not at once, so that no frame lays out a chunk's worth of new
 * blocks (the first chunk of a long answer was 434 elements in one commit, with the first use of
 * most of its fonts).
 */
export function pageEnd(blocks: readonly MarkdownBlock[], shown: number): number {
  const first = blocks[shown]
  if (!first) return shown
  const end = (Math.floor(first.start / PAGE_CHARS) + 1) * PAGE_CHARS
  let next = shown + 1
  while (next < blocks.length && (blocks[next]?.start ?? end) < end) next++
  return next
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
