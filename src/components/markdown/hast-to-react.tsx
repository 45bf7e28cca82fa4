import type { Element, ElementContent, Properties, Root } from 'hast'
import { type ComponentType, createElement, Fragment, type ReactNode } from 'react'

/*
 * Our hast as React elements. The hast comes from mdast-util-to-hast (through our transforms)
 * or lowlight, never from raw HTML, so it holds a small, known set of properties: this maps
 * those and nothing else that could matter (no event handlers, no inline styles), instead of
 * shipping the general converter (hast-util-to-jsx-runtime with its table of every HTML and SVG
 * attribute) to the page. A component for a tag gets the hast node as `node`.
 */
export type NodeProps = { node?: Element; children?: ReactNode; className?: string }
export type Components = Partial<Record<string, ComponentType<NodeProps>>>

/* Whitespace between table rows or cells is not allowed as text in the DOM. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr'])

function attributeName(key: string): string {
  // dataFootnoteRef -> data-footnote-ref, ariaDescribedBy -> aria-describedby
  if (/^data[A-Z]/.test(key)) return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  if (/^aria[A-Z]/.test(key)) return `aria-${key.slice(4).toLowerCase()}`
  return key
}

function propsOf(node: Element): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node.properties as Properties)) {
    if (value === null || value === undefined || /^on/i.test(key) || key === 'style') continue
    // Table cell alignment, which React has no attribute for.
    if (key === 'align' && (node.tagName === 'td' || node.tagName === 'th')) {
      props.style = { textAlign: value }
      continue
    }
    props[attributeName(key)] = Array.isArray(value) ? value.join(' ') : value
  }
  return props
}

function childrenOf(node: Element | Root, components: Components): ReactNode[] {
  const dropSpace = node.type === 'element' && TABLE_PARTS.has(node.tagName)
  const children: ReactNode[] = []
  for (const child of node.children) {
    if (child.type === 'text') {
      if (!(dropSpace && child.value.trim() === '')) children.push(child.value)
    } else if (child.type === 'element') children.push(toReact(child, components))
  }
  return children
}

export function toReact(node: Element | Root | ElementContent, components: Components): ReactNode {
  if (node.type === 'text') return node.value
  if (node.type === 'root') return createElement(Fragment, null, ...childrenOf(node, components))
  if (node.type !== 'element') return null
  const component = components[node.tagName]
  const children = childrenOf(node, components)
  const props = propsOf(node)
  if (component) return createElement(component, { ...props, node }, ...children)
  return createElement(node.tagName, props, ...children)
}
