import { useEffect, useMemo, useState } from 'react'
import { canParseAtOnce } from './markdown-budget'
import { markdownClient } from './markdown-client'
import { type MarkdownBlock, parseBlocks } from './markdown-parse'
import { plainBlocks } from './plain-blocks'
import { useParseOptions } from './use-parse-options'

export type BlocksState = { blocks: MarkdownBlock[]; done: boolean }

/*
 * The blocks of a text. Small, harmless texts are parsed at once (no flash of empty content for a
 * short message); anything else goes to the worker and arrives chunk by chunk.
 */
export function useMarkdownBlocks(text: string, mode: 'markdown' | 'plain'): BlocksState {
  const options = useParseOptions()
  const immediate = mode === 'plain' || canParseAtOnce(text)
  const now = useMemo<BlocksState | null>(() => {
    if (mode === 'plain') return { blocks: plainBlocks(text), done: true }
    return immediate ? { blocks: parseBlocks(text, 0, options), done: true } : null
  }, [text, mode, immediate, options])
  const [later, setLater] = useState<{ text: string; stale: MarkdownBlock[] } & BlocksState>({
    text: '',
    blocks: [],
    done: false,
    stale: [],
  })
  useEffect(() => {
    if (immediate) return
    let blocks: MarkdownBlock[] = []
    return markdownClient.request(text, options, (more, done) => {
      blocks = blocks.concat(more)
      setLater((previous) => {
        const stale = previous.text === text ? previous.stale : previous.blocks
        return { text, blocks, done, stale: done ? [] : stale }
      })
    })
  }, [text, immediate, options])
  if (now) return now
  // While a changed text (a live answer growing) is parsed again, the old blocks past what is
  // parsed so far stay on screen, so the page does not shrink and grow back.
  if (later.text !== text) return { blocks: later.blocks, done: false }
  const parsedTo = later.blocks.at(-1)?.end ?? 0
  const rest = later.stale.filter((block) => block.start >= parsedTo)
  return { blocks: rest.length ? later.blocks.concat(rest) : later.blocks, done: later.done }
}
