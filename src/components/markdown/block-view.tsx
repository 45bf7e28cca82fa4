import { memo } from 'react'
import { RevealedText } from '../ui/untrusted-text'
import { hastToReact } from './hast-to-react'
import { components } from './markdown-components'
import type { MarkdownBlock } from './markdown-parse'

/*
 * One block, rendered once: a poll that brings the same text again re-renders nothing, because a
 * block is equal to its predecessor when it covers the same source text at the same offset.
 */
export function BlockContent({ block }: { block: MarkdownBlock }) {
  if (block.kind === 'plain')
    return (
      <div className="font-mono text-[0.8125rem] break-words whitespace-pre-wrap">
        <RevealedText text={block.text} />
      </div>
    )
  return hastToReact(block.node, components)
}

export const BlockView = memo(
  function BlockView({
    block,
    item,
  }: {
    block: MarkdownBlock
    source: string
    item: string | undefined
  }) {
    return (
      <div data-item={item} data-block-start={block.start}>
        <BlockContent block={block} />
      </div>
    )
  },
  (a, b) =>
    a.source === b.source &&
    a.item === b.item &&
    a.block.start === b.block.start &&
    a.block.kind === b.block.kind,
)
