import type { ReactNode } from 'react'
import { safeHref } from '@/lib/safe-url'
import { textLink } from './styles'

/* A link only when the URL passes safeHref; otherwise the same content as plain text. */
export function ExternalLink({ url, children }: { url: unknown; children: ReactNode }) {
  const href = safeHref(url)
  if (!href) return <span className="text-slate-800 dark:text-slate-200">{children}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={textLink}>
      {children}
    </a>
  )
}
