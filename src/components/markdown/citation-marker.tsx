import type { ReactNode } from 'react'
import { sourceAnchor } from '@/api/worker/citations'
import { sourceLabel, UNTITLED_SOURCE } from '@/lib/display-names'
import { displayName, ellipsize } from '@/lib/visible-text'
import { textLink } from '../ui/styles'
import { useSource, useSourceNumber } from './citation-context'
import { goToSource } from './citation-jumps'

/*
 * A citation as the page shows it: "[n]", a link to source n in the Sources panel. Its name
 * starts with what it shows (so voice control finds it by its number) and goes on with the
 * source's title. `data-cites` lets the source lead back to it (see citation-jumps).
 */
export function CitationLink({ n, id }: { n: number; id?: string }) {
  const source = useSource(n)
  if (!source) return null
  const title = ellipsize(displayName(sourceLabel(source), UNTITLED_SOURCE), 120)
  return (
    <a
      href={`#${sourceAnchor(n)}`}
      id={id}
      data-cites={n}
      className={textLink}
      aria-label={`[${n}] Source: ${title}`}
      onClick={(event) => {
        event.preventDefault()
        void goToSource(n, event.currentTarget)
      }}
    >
      [{n}]
    </a>
  )
}

/* A superscript [n] after a link that points at source n. */
export function CitationMarker({ url }: { url: string }) {
  const n = useSourceNumber(url)
  if (n === null) return null
  return (
    <sup className="ml-0.5">
      <CitationLink n={n} />
    </sup>
  )
}

/* A bracket marker written in the text ([2], [^2]); beyond the run's sources it stays text. */
export function TextCitation({ n, children }: { n: number; children: ReactNode }) {
  const source = useSource(n)
  if (!source) return <>{children}</>
  return (
    <sup className="ml-0.5">
      <CitationLink n={n} />
    </sup>
  )
}

/*
 * A footnote call whose note names a source's address cites that source; any other stays a note.
 * It keeps the call's id, where the note's way back leads.
 */
export function FootnoteCitation({ url, id, note }: { url: string; id?: string; note: ReactNode }) {
  const n = useSourceNumber(url)
  return n === null ? note : <CitationLink n={n} id={id} />
}
