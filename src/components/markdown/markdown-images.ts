import type { Element, Root } from 'hast'

/*
 * Every <img> becomes a link to the image: an agent's answer can quote hostile pages, and loading
 * their images would leak the viewer's IP (tracking pixels). It runs before the link rules, so
 * the new href is still checked like any other. Inside an existing link the stand-in is plain
 * text, as links must not nest.
 */
function standIn(image: Element, insideLink: boolean): Element {
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : ''
  const children = [{ type: 'text' as const, value: alt ? `Image: ${alt}` : 'Image' }]
  if (insideLink) return { type: 'element', tagName: 'span', properties: {}, children }
  const src = image.properties.src
  return {
    type: 'element',
    tagName: 'a',
    properties: typeof src === 'string' ? { href: src } : {},
    children,
  }
}

function replaceImages(node: Root | Element, insideLink: boolean): void {
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return
    if (child.tagName === 'img') {
      node.children[index] = standIn(child, insideLink)
      return
    }
    replaceImages(child, insideLink || child.tagName === 'a')
  })
}

export function imagesAsLinks(tree: Root): Root {
  replaceImages(tree, false)
  return tree
}
