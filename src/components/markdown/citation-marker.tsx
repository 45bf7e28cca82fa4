import { scrollToTarget } from '@/lib/scroll-targets'
import { sourceAnchor } from '@/api/worker/citations'
import { textLink } from '../ui/styles'
import { useSourceNumber } from './citation-context'

/* A superscript [n] after a link that points at source n; it jumps to that source. */
export function CitationMarker({ url }: { url: string }) {
  const n = useSourceNumber(url)
  if (n === null) return null
  return (
    <sup className="ml-0.5">
      <a
        href={`#${sourceAnchor(n)}`}
        className={textLink}
        aria-label={`Source ${n}`}
        onClick={(event) => {
          // The Sources list may be virtualized: ask it to mount the item before the jump.
          if (scrollToTarget('sources', n - 1)) event.preventDefault()
        }}
      >
        [{n}]
      </a>
    </sup>
  )
}
