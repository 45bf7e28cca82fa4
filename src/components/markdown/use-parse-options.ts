import { useId, useMemo } from 'react'
import type { ParseOptions } from './markdown-parse'

/* Ids in one document are prefixed with the document's own id, so two documents never clash. */
export function useParseOptions(): ParseOptions {
  const id = useId().replace(/[^a-zA-Z0-9]/g, '')
  return useMemo(
    () => ({
      appOrigin: typeof window === 'undefined' ? null : window.location.origin,
      idPrefix: `md${id}-`,
    }),
    [id],
  )
}
