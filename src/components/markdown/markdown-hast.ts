import type { Root } from 'hast'
import type { Options as ToHastOptions } from 'mdast-util-to-hast'
import { imagesAsLinks } from './markdown-images'
import { applyTransforms, type TransformOptions } from './markdown-transforms'

/*
 * How mdast becomes hast in the worker. Raw HTML stays a raw node so that the transforms can show
 * it as text; footnote ids carry the document's own prefix, so two documents on one page never
 * share an id.
 */
export function toHastOptions(idPrefix: string) {
  return {
    allowDangerousHtml: true,
    clobberPrefix: idPrefix,
    footnoteBackLabel: (index: number) => `Back to reference ${index + 1}`,
  } satisfies ToHastOptions
}

/** Every parsed tree goes through these: images first, then the links. */
export function transformHast(tree: Root, options: TransformOptions): Root {
  return applyTransforms(imagesAsLinks(tree), options)
}
