import { createContext, type ReactNode, useContext, useMemo } from 'react'
import { normalizeUrl, sourceNumbers } from '@/api/worker/citations'

/* The run's sources, so that links in any markdown below can be marked with their source number. */
const CitationContext = createContext<Map<string, number> | null>(null)

export function CitationProvider({
  sources,
  children,
}: {
  sources: readonly { url: string }[]
  children: ReactNode
}) {
  const numbers = useMemo(() => sourceNumbers(sources), [sources])
  return <CitationContext.Provider value={numbers}>{children}</CitationContext.Provider>
}

export function useSourceNumber(url: string): number | null {
  const numbers = useContext(CitationContext)
  if (!numbers) return null
  const key = normalizeUrl(url)
  return key === null ? null : (numbers.get(key) ?? null)
}
