import { type ComponentPropsWithoutRef, memo } from 'react'
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { safeHref } from '@/lib/safe-url'
import { rehypeImagesAsLinks } from './markdown-images'
import { focusRing, textLink } from '../ui/styles'

/*
 * No rehype-raw: react-markdown then turns any HTML in the text into plain text.
 * Every URL goes through safeHref; a link whose URL fails it loses its href and is shown as text.
 */
const remarkPlugins = [remarkGfm]
const rehypePlugins = [rehypeImagesAsLinks]

function urlTransform(url: string): string | null {
  return safeHref(url)
}

type Props<T extends keyof React.JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & ExtraProps

function Link({ href, children }: Props<'a'>) {
  if (!href) return <span>{children}</span>
  const outbound = href.startsWith('http:') || href.startsWith('https:')
  return (
    <a
      href={href}
      className={textLink}
      {...(outbound ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
    </a>
  )
}

/* The Markdown sits under a panel's h2, so its headings start at h3. */
function heading(Tag: 'h3' | 'h4' | 'h5' | 'h6') {
  return function Heading({ children }: Props<'h1'>) {
    return <Tag>{children}</Tag>
  }
}

/* Focusable wrappers: wide tables and code scroll sideways, and must be reachable by keyboard. */
function Table({ children }: Props<'table'>) {
  return (
    <div tabIndex={0} className={`overflow-x-auto ${focusRing}`}>
      <table>{children}</table>
    </div>
  )
}

function Pre({ children }: Props<'pre'>) {
  return (
    <pre tabIndex={0} className={focusRing}>
      {children}
    </pre>
  )
}

/* GFM task-list checkboxes have no label of their own; axe requires one. */
function Input({ type, checked }: Props<'input'>) {
  if (type !== 'checkbox') return null
  return (
    <input type="checkbox" checked={checked} disabled aria-label={checked ? 'Done' : 'Not done'} />
  )
}

const components: Components = {
  input: Input,
  a: Link,
  h1: heading('h3'),
  h2: heading('h4'),
  h3: heading('h5'),
  h4: heading('h6'),
  h5: heading('h6'),
  h6: heading('h6'),
  table: Table,
  pre: Pre,
}

export const Markdown = memo(function Markdown({ text }: { text: string }) {
  return (
    <div className="prose prose-sm prose-slate max-w-none break-words dark:prose-invert">
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        urlTransform={urlTransform}
        components={components}
      >
        {text}
      </ReactMarkdown>
    </div>
  )
})
