import type { Element } from 'hast'
import type { ReactNode } from 'react'
import { focusRing, textLink } from '../ui/styles'
import { HiddenCharacter } from '../ui/untrusted-text'
import { CitationMarker, FootnoteCitation, TextCitation } from './citation-marker'
import { CodeBlock } from './code-block'
import { useDocumentAnchors } from './document-anchors'
import type { HastComponents } from './hast-to-react'
import { textOf } from './markdown-transforms'

/* React components for the elements our hast carries; marks come from markdown-transforms. */
type WithNode = { node?: Element; children?: ReactNode }

function classesOf(node: Element | undefined): string | undefined {
  const value = node?.properties.className
  return Array.isArray(value) ? value.join(' ') : undefined
}

function prop(node: Element | undefined, name: string): string | null {
  const value = node?.properties[name]
  return typeof value === 'string' ? value : null
}

function AnchorLink({ node, target, children }: WithNode & { target: string }) {
  const { reveal } = useDocumentAnchors()
  const describedBy = node?.properties.ariaDescribedBy
  return (
    <a
      href={`#${target}`}
      id={prop(node, 'id') ?? undefined}
      aria-label={prop(node, 'ariaLabel') ?? undefined}
      aria-describedby={Array.isArray(describedBy) ? describedBy.join(' ') : undefined}
      className={textLink}
      onClick={(event) => {
        event.preventDefault()
        reveal(target)
      }}
    >
      {children}
    </a>
  )
}

function Link({ node, children }: WithNode) {
  const anchor = prop(node, 'dataAnchor')
  if (anchor) {
    const note = (
      <AnchorLink node={node} target={anchor}>
        {children}
      </AnchorLink>
    )
    const cites = prop(node, 'dataCiteUrl')
    if (!cites) return note
    return <FootnoteCitation url={cites} id={prop(node, 'id') ?? undefined} note={note} />
  }
  const href = prop(node, 'href')
  if (!href) return <span>{children}</span>
  const host = prop(node, 'dataHost')
  const outbound = href.startsWith('http:') || href.startsWith('https:')
  return (
    <>
      <a
        href={href}
        className={textLink}
        {...(outbound ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {children}
      </a>
      {host && (
        <span
          className="ml-1 text-xs whitespace-nowrap text-slate-600 dark:text-slate-400"
          title={`This link goes to ${host}`}
        >
          ↗ {host}
        </span>
      )}
      <CitationMarker url={href} />
    </>
  )
}

function Span({ node, children }: WithNode) {
  const hidden = prop(node, 'dataHidden')
  if (hidden) return <HiddenCharacter label={hidden} />
  const cite = prop(node, 'dataCite')
  if (cite) return <TextCitation n={Number(cite)}>{children}</TextCitation>
  const inert = prop(node, 'dataInert')
  if (inert)
    return (
      <span>
        {children}
        <span className="ml-1 text-xs text-slate-600 dark:text-slate-400" title={inert}>
          (link to this app, not followed)
        </span>
      </span>
    )
  return <span className={classesOf(node)}>{children}</span>
}

/* The markdown sits under a panel's h2, so its headings start at h3. */
function heading(Tag: 'h3' | 'h4' | 'h5' | 'h6') {
  return function Heading({ node, children }: WithNode) {
    return (
      <Tag id={prop(node, 'id') ?? undefined} className={classesOf(node)}>
        {children}
      </Tag>
    )
  }
}

/*
 * Focusable wrapper: wide tables scroll sideways, and must be reachable by keyboard. A shade at
 * an edge shows there is more to scroll to (scroll-shade-x in index.css).
 */
function Table({ children }: WithNode) {
  return (
    <div tabIndex={0} className={`scroll-shade-x overflow-x-auto ${focusRing}`}>
      <table>{children}</table>
    </div>
  )
}

function Pre({ node, children }: WithNode) {
  const code = node?.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'code',
  )
  const classes = code?.properties.className
  const language = Array.isArray(classes)
    ? (classes
        .map(String)
        .find((name) => name.startsWith('language-'))
        ?.slice(9) ?? null)
    : null
  return (
    <CodeBlock code={code ? textOf(code) : ''} language={language}>
      {children}
    </CodeBlock>
  )
}

/* GFM task-list checkboxes have no label of their own; axe requires one. */
function Input({ node }: WithNode) {
  if (prop(node, 'type') !== 'checkbox') return null
  const checked = node?.properties.checked === true
  return (
    <input type="checkbox" checked={checked} disabled aria-label={checked ? 'Done' : 'Not done'} />
  )
}

export const components: HastComponents = {
  a: Link,
  span: Span,
  input: Input,
  h1: heading('h3'),
  h2: heading('h4'),
  h3: heading('h5'),
  h4: heading('h6'),
  h5: heading('h6'),
  h6: heading('h6'),
  table: Table,
  pre: Pre,
}
