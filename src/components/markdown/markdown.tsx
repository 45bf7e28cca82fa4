import { memo } from 'react'
import type { ScrollTargetName } from '@/lib/scroll-targets'
import { BlocksView } from './blocks-view'
import { isShortText } from './markdown-budget'
import { SmallMarkdown } from './small-markdown'
import { useMarkdownBlocks } from './use-markdown-blocks'

/*
 * Every markdown surface renders through here, with one pipeline: the text is parsed only in a
 * Web Worker, with a deadline (then plain text), chunk by chunk, and is shown as plain text until
 * its blocks arrive. Long documents mount only the blocks near the viewport. No raw HTML ever
 * becomes an element, links are limited to http(s)/mailto, images become links (see
 * markdown-transforms.ts).
 */
const PROSE = 'prose prose-sm prose-slate max-w-none break-words dark:prose-invert'

type DocumentProps = {
  text: string
  /** 'plain' shows the source text itself, with the same budget. */
  mode?: 'markdown' | 'plain'
  /** Registers the document under this name for search and deep links (key = char offset). */
  scrollTarget?: ScrollTargetName
}

export const MarkdownDocument = memo(function MarkdownDocument({
  text,
  mode = 'markdown',
  scrollTarget,
}: DocumentProps) {
  const { blocks, done } = useMarkdownBlocks(text, mode)
  return (
    <div className={PROSE} aria-busy={!done}>
      <BlocksView text={text} blocks={blocks} scrollTarget={scrollTarget} />
    </div>
  )
})

/** Markdown of any size, for messages, tool output and previews. */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  if (!isShortText(text)) return <MarkdownDocument text={text} />
  return <SmallMarkdown text={text} className={PROSE} />
})
