import type { Element, ElementContent, Root } from 'hast'
import {
  type ComponentType,
  type CSSProperties,
  createElement,
  Fragment,
  type ReactNode,
} from 'react'

/*
 * hast as React elements, for the trees this app makes itself: the worker's blocks (from
 * markdown, never from raw HTML) and highlighted code. Their properties are few and known, so a
 * short table stands in for the general converter (hast-util-to-jsx-runtime and the attribute
 * tables of property-information, three times this app's markdown code in the page's script).
 * A property not in the table is left out rather than guessed at. Components get the hast node
 * as `node`, as they would from the general converter; markdown-render.test.tsx compares both.
 */
export type HastComponents = Partial<Record<string, ComponentType<HastProps>>>

export type HastProps = Record<string, unknown> & { node?: Element; children?: ReactNode }

/* Properties that keep their name: React's names are hast's for these. */
const SAME_NAME = new Set(['id', 'href', 'title', 'type', 'checked', 'disabled', 'start'])
/* React warns about whitespace text inside these, and browsers drop it. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr'])
const CELLS = new Set(['td', 'th'])

/* What hast-util-whitespace calls whitespace: only these, not every Unicode space. */
const INTER_ELEMENT_SPACE = /^[ \t\n\f\r]*$/

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

function attributeName(property: string): string | null {
  if (property === 'className' || SAME_NAME.has(property)) return property
  if (/^data[A-Z]/.test(property)) return `data${kebab(property.slice(4))}`
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`
  return null
}

function propsOf(node: Element): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [property, value] of Object.entries(node.properties)) {
    if (value === null || value === undefined || Number.isNaN(value)) continue
    if (property === 'align' && CELLS.has(node.tagName)) {
      if (value === 'left' || value === 'center' || value === 'right')
        props.style = { textAlign: value } satisfies CSSProperties
      continue
    }
    const name = attributeName(property)
    if (name) props[name] = Array.isArray(value) ? value.join(' ') : value
  }
  return props
}

function toReact(node: ElementContent, components: HastComponents): ReactNode {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return null
  const children = node.children
    .filter(
      (child) =>
        !(
          TABLE_PARTS.has(node.tagName) &&
          child.type === 'text' &&
          INTER_ELEMENT_SPACE.test(child.value)
        ),
    )
    .map((child) => toReact(child, components))
  const component = components[node.tagName]
  if (component) return createElement(component, { ...propsOf(node), node }, ...children)
  return createElement(node.tagName, propsOf(node), ...children)
}

/** An element or a whole tree (its children side by side) as React elements. */
export function hastToReact(node: Element | Root, components: HastComponents = {}): ReactNode {
  if (node.type === 'element') return toReact(node, components)
  return createElement(
    Fragment,
    null,
    ...node.children.map((child) => (child.type === 'doctype' ? null : toReact(child, components))),
  )
}
