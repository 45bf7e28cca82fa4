import { ExternalLink } from '@/components/ui/external-link'
import { memo, useEffect } from 'react'
import type { Source } from '@/api/worker/schema'
import { sourceAnchor } from '@/api/worker/citations'
import { sourceLabel, UNTITLED_SOURCE } from '@/lib/display-names'
import type { SourceCitations } from '@/api/worker/citation-scan'
import { registerScrollTarget } from '@/lib/scroll-targets'
import { domainOf, safeHref } from '@/lib/safe-url'
import { EmptyState, Panel } from '../ui/panel'
import { ScrollBoxList } from '../ui/scroll-box-list'
import { UntrustedText } from '../ui/untrusted-text'
import { SourceCitationLinks } from './source-citation-links'

type Props = { sources: Source[]; citations?: SourceCitations }

/* Short lists render whole; past this, only the rows in the panel's own scroll box mount. */
const VIRTUAL_FROM = 60
const ROW_ESTIMATE = 64

export const SourcesPanel = memo(function SourcesPanel({ sources, citations }: Props) {
  return (
    <Panel title="Sources" count={sources.length}>
      {sources.length === 0 ? (
        <EmptyState>No sources cited.</EmptyState>
      ) : sources.length < VIRTUAL_FROM ? (
        <ShortList sources={sources} citations={citations} />
      ) : (
        <LongList sources={sources} citations={citations} />
      )}
    </Panel>
  )
})

function ShortList({ sources, citations }: Props) {
  useEffect(
    () =>
      registerScrollTarget('sources', (key) => {
        document
          .getElementById(sourceAnchor(Number(key) + 1))
          ?.scrollIntoView?.({ block: 'nearest' })
      }),
    [],
  )
  return (
    <ol className="space-y-3 text-sm">
      {sources.map((source, index) => (
        // Ids come from the API and may repeat or be empty; the list only grows at the end.
        <li key={index} id={sourceAnchor(index + 1)} data-item={`sources:${index}`}>
          <SourceItem source={source} number={index + 1} citations={citations} />
        </li>
      ))}
    </ol>
  )
}

function LongList({ sources, citations }: Props) {
  return (
    <ScrollBoxList
      items={sources}
      target="sources"
      noun="sources"
      rowEstimate={ROW_ESTIMATE}
      gap={12}
      ordered
      listClassName="text-sm"
      rowId={(index) => sourceAnchor(index + 1)}
      renderRow={(source, index) => (
        <SourceItem source={source} number={index + 1} citations={citations} />
      )}
    />
  )
}

type ItemProps = { source: Source; number: number; citations?: SourceCitations }

const SourceItem = memo(function SourceItem({ source, number, citations }: ItemProps) {
  const linked = safeHref(source.url) !== null
  const domain = domainOf(source.url)
  const title = sourceLabel(source)
  return (
    <div className="flex min-w-0 gap-2 break-words">
      <span className="w-8 shrink-0 text-right font-mono text-xs leading-5 text-slate-600 tabular-nums dark:text-slate-400">
        {number}.
      </span>
      <div className="min-w-0 flex-1">
        <ExternalLink url={source.url}>
          <UntrustedText text={title} placeholder={UNTITLED_SOURCE} max={160} />
        </ExternalLink>
        <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
          {domain !== null && domain !== title && <UntrustedText text={domain} max={80} />}
          {citations && (
            <SourceCitationLinks
              n={number}
              count={citations.counts[number - 1] ?? 0}
              places={citations.places[number - 1] ?? []}
              answer={citations.answer}
            />
          )}
        </span>
        {!linked && (
          <span className="block text-xs break-all text-slate-600 dark:text-slate-400">
            Link not opened (unsafe address): <UntrustedText text={source.url} max={200} />
          </span>
        )}
      </div>
    </div>
  )
})
