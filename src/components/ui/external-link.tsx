import type { ReactNode } from 'react'
import { pointsIntoApp, safeHref } from '@/lib/safe-url'
import { textLink } from './styles'

type Props = {
  url: unknown
  children: ReactNode
  /** Replaces the default link style (a button-like download link, say). */
  className?: string
  /** Asks the browser to save the target rather than open it. */
  download?: boolean
  /** An accessible name when the visible text alone does not say enough. */
  label?: string
}

/*
 * Every link that leaves the inspector: only when the URL passes safeHref (http, https, mailto)
 * and does not lead back into the inspector itself (pointsIntoApp), always in a new tab without
 * opener or referrer; otherwise the same content as plain text.
 */
export function ExternalLink({ url, children, className, download, label }: Props) {
  const safe = safeHref(url)
  const href = safe && !pointsIntoApp(safe) ? safe : null
  if (!href) return <span className="text-slate-800 dark:text-slate-200">{children}</span>
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      download={download || undefined}
      aria-label={label}
      className={className ?? textLink}
    >
      {children}
    </a>
  )
}
