import type { Root } from 'hast'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
// remark-parse (under react-markdown) declares the parser's extension lists on unified's Data.
import type {} from 'remark-parse'
import type { Processor } from 'unified'
import { transformHast } from './markdown-hast'
import type { TransformOptions } from './markdown-transforms'

/*
 * The plugins react-markdown runs for small texts, so that they come out exactly as the worker's
 * blocks do.
 */

/*
 * GFM for the parser only: what remark-gfm does minus its markdown serializer, which nothing here
 * needs and which would otherwise ship in the bundle.
 */
export function remarkGfmParse(this: Processor): void {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfm()]
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmFromMarkdown()]
}

/** The same hast transforms the worker applies (hidden characters, links, images, task lists). */
export function rehypeMarkdownTransforms(options: TransformOptions) {
  return (tree: Root): void => {
    transformHast(tree, options)
  }
}
