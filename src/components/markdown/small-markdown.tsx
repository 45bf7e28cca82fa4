import { useMemo } from 'react'
import { BlockContent } from './block-view'
import { textBlocks } from './plain-blocks'
import { useSmallParse } from './small-parses'
import { useParseOptions } from './use-parse-options'

/*
 * A small, harmless text (a message, reasoning, tool output), parsed by the same worker and
 * transforms as the answer and rendered by the same components, so it looks and behaves the
 * same; its elements sit straight in the document, without block wrappers or offsets. Until its
 * parse arrives (a moment, the first time a text is seen) it is shown as wrapped text.
 */
export function SmallMarkdown({ text, className }: { text: string; className: string }) {
  const { idPrefix } = useParseOptions()
  const parsed = useSmallParse(text, idPrefix)
  const blocks = useMemo(() => parsed.blocks ?? textBlocks(text), [parsed.blocks, text])
  return (
    <div className={className} aria-busy={!parsed.current}>
      {blocks.map((block) => (
        <BlockContent key={block.start} block={block} />
      ))}
    </div>
  )
}
