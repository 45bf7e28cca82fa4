import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { splitHidden } from '@/lib/visible-text'
import { markCitations } from './markdown-citations'
import { decideLink } from './markdown-links'

/*
 * The hast transforms every markdown surface gets, in the worker or on the main thread alike.
 * They leave marks as data-* properties that the React components read:
 *   data-hidden="U+202E"   a hidden character, shown as a token (its text child is the character)
 *   data-host="example.com" the real host of a link whose text says something else
 *   data-inert="<url>"     a link to this app, shown as text with a note
 *   data-anchor="<id>"     an in-document link (footnotes), followed by the document itself
 *   data-cite, data-cite-url  citations of the run's sources (see markdown-citations)
 */
type Parent = Root | Element

export function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('')
  return ''
}

/*
 * Raw HTML is never parsed into elements: it is shown as the text it is. An HTML block at the top
 * level becomes a block of its own, so that it keeps its place among the blocks.
 */
function rawAsText(parent: Parent): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'element') rawAsText(child)
    if (child.type !== 'raw') return child
    const text: Text = { type: 'text', value: child.value }
    if (parent.type !== 'root') return text
    return {
      type: 'element',
      tagName: 'p',
      properties: { className: ['whitespace-pre-wrap'] },
      children: [text],
      position: child.position,
    } satisfies Element
  }) as Parent['children']
}

function revealHiddenIn(parent: Parent): void {
  const next: (RootContent | ElementContent)[] = []
  for (const child of parent.children) {
    if (child.type === 'element') revealHiddenIn(child)
    if (child.type !== 'text') {
      next.push(child)
      continue
    }
    for (const piece of splitHidden(child.value)) {
      if ('text' in piece) next.push({ type: 'text', value: piece.text })
      else
        next.push({
          type: 'element',
          tagName: 'span',
          properties: { dataHidden: piece.label },
          children: [{ type: 'text', value: piece.hidden }],
        })
    }
  }
  parent.children = next as Parent['children']
}

export function revealHiddenCharacters<T extends Parent>(tree: T): T {
  revealHiddenIn(tree)
  return tree
}

function isFootnoteLink(node: Element): boolean {
  const p = node.properties
  return (
    (p.dataFootnoteRef !== undefined || p.dataFootnoteBackref !== undefined) &&
    typeof p.href === 'string' &&
    p.href.startsWith('#')
  )
}

function rewriteLinks(parent: Parent, appOrigin: string | null, prefix: string): void {
  parent.children.forEach((child, index) => {
    if (child.type !== 'element') return
    rewriteLinks(child, appOrigin, prefix)
    const props = child.properties
    // The footnote heading's id is not prefixed by mdast-util-to-hast; two documents would clash.
    if (props.id === 'footnote-label') props.id = `${prefix}footnote-label`
    if (Array.isArray(props.ariaDescribedBy) && props.ariaDescribedBy[0] === 'footnote-label')
      props.ariaDescribedBy = [`${prefix}footnote-label`]
    if (child.tagName !== 'a') return
    if (isFootnoteLink(child)) {
      props.dataAnchor = String(props.href).slice(1)
      return
    }
    const decision = decideLink(props.href, textOf(child), appOrigin)
    if (decision.kind === 'text') {
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: {},
        children: child.children,
      }
    } else if (decision.kind === 'inert') {
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: { dataInert: decision.href },
        children: child.children,
      }
    } else {
      child.properties = {
        href: decision.href,
        ...(decision.host ? { dataHost: decision.host } : {}),
      }
    }
  })
}

/** Task-list items show their checkbox only, not a bullet too. */
function markTaskItems(parent: Parent): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    markTaskItems(child)
    const classes = child.properties.className
    if (Array.isArray(classes) && classes.includes('task-list-item')) classes.push('list-none')
    if (Array.isArray(classes) && classes.includes('contains-task-list')) classes.push('pl-0')
  }
}

export type TransformOptions = { appOrigin: string | null; idPrefix: string }

export function applyTransforms(tree: Root, options: TransformOptions): Root {
  rawAsText(tree)
  markCitations(tree)
  rewriteLinks(tree, options.appOrigin, options.idPrefix)
  markTaskItems(tree)
  revealHiddenIn(tree)
  return tree
}
