import type { Source } from '@/api/schema'
import { domainOf, safeHref } from '@/lib/safe-url'
import { EmptyState, Panel } from '../ui/panel'
import { textLink } from '../ui/styles'

export function SourcesPanel({ sources }: { sources: Source[] }) {
  return (
    <Panel title="Sources" count={sources.length}>
      {sources.length === 0 ? (
        <EmptyState>No sources cited.</EmptyState>
      ) : (
        <ol className="space-y-2 text-sm">
          {sources.map((source, index) => (
            // Ids come from the API and may repeat or be empty; the list only grows at the end.
            <SourceItem key={index} source={source} />
          ))}
        </ol>
      )}
    </Panel>
  )
}

function SourceItem({ source }: { source: Source }) {
  const href = safeHref(source.url)
  const domain = domainOf(source.url)
  const title = source.title?.trim() || domain || source.url.trim() || 'Untitled source'
  const showDomain = domain !== null && domain !== title
  return (
    <li className="min-w-0 break-words">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className={textLink}>
          {title}
        </a>
      ) : (
        <span className="text-slate-800 dark:text-slate-200">{title}</span>
      )}
      {showDomain && (
        <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{domain}</span>
      )}
      {!href && (
        <span className="block text-xs break-all text-slate-600 dark:text-slate-400">
          Link not opened (unsafe address): {source.url}
        </span>
      )}
    </li>
  )
}
