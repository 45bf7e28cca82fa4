import { useId, useMemo } from 'react'
import type { ParseOptions } from './markdown-parse'

/** Links to this origin are this app's own, and stay inert (see markdown-links.ts). */
export function pageOrigin(): string | null {
  return typeof window === 'undefined' ? null : window.location.origin
}

/* Ids in one document are prefixed with the document's own id, so two documents never clash. */
export function useParseOptions(): ParseOptions {
  const id = useId().replace(/[^a-zA-Z0-9]/g, '')
  return useMemo(() => ({ appOrigin: pageOrigin(), idPrefix: `md${id}-` }), [id])
}
