import { useMemo } from 'react'
import ReactMarkdown from 'react-markdown'
import { safeHref } from '@/lib/safe-url'
import { components } from './markdown-components'
import { toHastOptions } from './markdown-hast'
import { rehypeMarkdownTransforms, remarkGfmParse } from './markdown-plugins'
import { useParseOptions } from './use-parse-options'

/* Links the transforms left live were already checked; nothing else may keep a URL. */
function urlTransform(url: string): string | null {
  return safeHref(url)
}

/*
 * A small, harmless text rendered at once by react-markdown, with the same parser extensions,
 * hast options, transforms and components as the worker's blocks, so it looks and behaves the
 * same. It has no block offsets: documents that are scroll targets use the block path.
 */
export function SmallMarkdown({ text }: { text: string }) {
  const options = useParseOptions()
  const remarkRehypeOptions = useMemo(() => toHastOptions(options.idPrefix), [options])
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfmParse]}
      remarkRehypeOptions={remarkRehypeOptions}
      rehypePlugins={[[rehypeMarkdownTransforms, options]]}
      urlTransform={urlTransform}
      components={components}
    >
      {text}
    </ReactMarkdown>
  )
}
