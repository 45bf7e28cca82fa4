/*
 * A rehype plugin that swaps every <img> for a link to the image: an agent's answer can quote
 * hostile pages, and loading their images would leak the viewer's IP (tracking pixels).
 * It runs before react-markdown's urlTransform, so the new href is still checked by safeHref.
 * Inside an existing link the stand-in is plain text, as links must not nest.
 */
type HastNode = {
  type: string
  tagName?: string
  properties?: Record<string, unknown>
  children?: HastNode[]
  value?: string
}

function standIn(image: HastNode, insideLink: boolean): HastNode {
  const alt = typeof image.properties?.alt === 'string' ? image.properties.alt.trim() : ''
  const text = { type: 'text', value: alt ? `Image: ${alt}` : 'Image' }
  if (insideLink) return { type: 'element', tagName: 'span', properties: {}, children: [text] }
  const src = image.properties?.src
  return {
    type: 'element',
    tagName: 'a',
    properties: typeof src === 'string' ? { href: src } : {},
    children: [text],
  }
}

function replaceImages(node: HastNode, insideLink: boolean): void {
  const children = node.children
  if (!children) return
  children.forEach((child, index) => {
    if (child.type !== 'element') return
    if (child.tagName === 'img') {
      children[index] = standIn(child, insideLink)
      return
    }
    replaceImages(child, insideLink || child.tagName === 'a')
  })
}

export function rehypeImagesAsLinks() {
  return (tree: HastNode) => replaceImages(tree, false)
}
