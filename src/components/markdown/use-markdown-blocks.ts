import { useEffect, useMemo, useState } from 'react'
import { canParseAtOnce } from './markdown-budget'
import { markdownClient } from './markdown-client'
import { type MarkdownBlock, parseBlocks } from './markdown-parse'
import { plainBlocks } from './plain-blocks'
import { useParseOptions } from './use-parse-options'

export type BlocksState = { blocks: MarkdownBlock[]; done: boolean }

/*
 * The blocks of a text. Small, harmless texts are parsed at once (no flash of empty content for a
 * short message); anything else goes to the worker and arrives chunk by chunk, shown as plain
 * text until then.
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
