import { RevealedText } from '../ui/untrusted-text'
import { BlockContent } from './block-view'
import { useMarkdownBlocks } from './use-markdown-blocks'

/*
 * A short text (a message, a turn's answer), whole: its blocks straight in the prose, with no
 * pages or offsets. Until the worker's blocks arrive (a moment), the text is shown as it is in
 * the prose's own type, as one paragraph that keeps its line breaks, so the swap changes the look
 * of the text more than its place.
 */
export function SmallMarkdown({ text, className }: { text: string; className: string }) {
  const { blocks, done } = useMarkdownBlocks(text, 'markdown')
  return (
    <div className={className} aria-busy={!done}>
      {blocks.map((block) =>
        block.kind === 'plain' ? (
          <p key={block.start} className="whitespace-pre-wrap">
            <RevealedText text={block.text} />
          </p>
        ) : (
          <BlockContent key={block.start} block={block} />
        ),
      )}
    </div>
  )
}
