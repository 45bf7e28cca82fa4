import { useEffect, useMemo, useState } from 'react'
import { canParseAtOnce } from './markdown-budget'
import { markdownClient } from './markdown-client'
import type { MarkdownBlock } from './markdown-parse'
import { plainBlocks, textBlocks } from './plain-blocks'
import { useSmallParse } from './small-parses'
import { useParseOptions } from './use-parse-options'

export type BlocksState = { blocks: MarkdownBlock[]; done: boolean }

/*
 * The blocks of a text, all parsed by the markdown worker. A small, harmless text is parsed whole
 * and kept (see small-parses.ts), shown as wrapped text for the moment it waits; anything else is
 * parsed chunk by chunk and arrives as it goes.
 */
export function useMarkdownBlocks(text: string, mode: 'markdown' | 'plain'): BlocksState {
  const options = useParseOptions()
  const small = mode === 'markdown' && canParseAtOnce(text)
  const { blocks: smallBlocks, current } = useSmallParse(small ? text : null, options.idPrefix)
  const whole = mode === 'plain' || small
  const now = useMemo<BlocksState | null>(() => {
    if (mode === 'plain') return { blocks: plainBlocks(text), done: true }
    if (!small) return null
    return { blocks: smallBlocks ?? textBlocks(text), done: current }
  }, [text, mode, small, smallBlocks, current])
  const [later, setLater] = useState<{ text: string; stale: MarkdownBlock[] } & BlocksState>({
    text: '',
    blocks: [],
    done: false,
    stale: [],
  })
  useEffect(() => {
    if (whole) return
    let blocks: MarkdownBlock[] = []
    return markdownClient.parseDocument(text, options, (more, done) => {
      blocks = blocks.concat(more)
      setLater((previous) => {
        const stale = previous.text === text ? previous.stale : previous.blocks
        return { text, blocks, done, stale: done ? [] : stale }
      })
    })
  }, [text, whole, options])
  if (now) return now
  // While a changed text (a live answer growing) is parsed again, the old blocks past what is
  // parsed so far stay on screen, so the page does not shrink and grow back.
  if (later.text !== text) return { blocks: later.blocks, done: false }
  const parsedTo = later.blocks.at(-1)?.end ?? 0
  const rest = later.stale.filter((block) => block.start >= parsedTo)
  return { blocks: rest.length ? later.blocks.concat(rest) : later.blocks, done: later.done }
}
