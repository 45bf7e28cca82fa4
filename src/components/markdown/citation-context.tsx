import { createContext, type ReactNode, useContext, useMemo } from 'react'
import { normalizeUrl, sourceNumbers } from '@/api/worker/citations'

/*
 * The run's sources, so that citations in any markdown below (links to a source, bracket
 * markers) can be shown with their source's number and title.
 */
type CitedSource = { url: string; title: string | null }

type Citations = { numbers: Map<string, number>; sources: readonly CitedSource[] }

const CitationContext = createContext<Citations | null>(null)

export function CitationProvider({
  sources,
  children,
}: {
  sources: readonly CitedSource[]
  children: ReactNode
}) {
  const value = useMemo(() => ({ numbers: sourceNumbers(sources), sources }), [sources])
  return <CitationContext.Provider value={value}>{children}</CitationContext.Provider>
}

export function useSourceNumber(url: string): number | null {
  const citations = useContext(CitationContext)
  if (!citations) return null
  const key = normalizeUrl(url)
  return key === null ? null : (citations.numbers.get(key) ?? null)
}

/** Source n (from 1), or null when the run has no such source. */
export function useSource(n: number): CitedSource | null {
  const citations = useContext(CitationContext)
  return (Number.isInteger(n) && n >= 1 && citations?.sources[n - 1]) || null
}
