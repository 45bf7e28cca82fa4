import { createContext, useContext } from 'react'

/*
 * In-document links (footnotes and their way back) may point at a block that is not mounted.
 * The document that owns the blocks mounts the target first, then scrolls to it.
 */
export type DocumentAnchors = { reveal: (id: string) => void }

function revealMounted(id: string): void {
  const target = document.getElementById(id)
  target?.scrollIntoView?.({ block: 'center' })
  target?.focus({ preventScroll: true })
}

export const DocumentAnchorsContext = createContext<DocumentAnchors>({ reveal: revealMounted })

export function useDocumentAnchors(): DocumentAnchors {
  return useContext(DocumentAnchorsContext)
}
