import { useMemo } from 'react'
import type { RunSide } from '@/api/compare/run-side'
import type { Source } from '@/api/worker/schema'
import { ExternalLink } from '@/components/ui/external-link'
import { EmptyState, Panel } from '@/components/ui/panel'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { formatNumber } from '@/lib/format'
import { diffSources } from '@/lib/run-diff/sources-diff'
import { domainOf } from '@/lib/safe-url'
import { SideChip } from './side-card'

/** The sources only one of the runs cited, matched by normalized address. */
export function SourcesSection({ a, b }: { a: RunSide | null; b: RunSide | null }) {
  const sourcesA = a?.sources ?? null
  const sourcesB = b?.sources ?? null
  const diff = useMemo(
    () => (sourcesA && sourcesB ? diffSources(sourcesA, sourcesB) : null),
    [sourcesA, sourcesB],
  )
  const perRun = (a?.turn ?? b?.turn) != null
  return (
    <Panel title="Sources">
      {diff === null ? (
        <EmptyState>Compared once both runs' sources have loaded.</EmptyState>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {diff.common === 0
              ? 'No source is cited by both runs.'
              : `${formatNumber(diff.common)} ${diff.common === 1 ? 'source is' : 'sources are'} cited by both runs.`}
            {perRun && ' Sources belong to the whole run, so a turn shows those of its run.'}
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            <SourceList
              label="A"
              title="Only in run A (removed)"
              symbol={'\u2212'}
              sources={diff.removed}
            />
            <SourceList label="B" title="Only in run B (added)" symbol="+" sources={diff.added} />
          </div>
        </div>
      )}
    </Panel>
  )
}

function SourceList({
  label,
  title,
  symbol,
  sources,
}: {
  label: 'A' | 'B'
  title: string
  symbol: string
  sources: Source[]
}) {
  return (
    <div className="min-w-0 space-y-2">
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        <SideChip label={label} />
        <span>
          {title} <span className="font-normal tabular-nums">({formatNumber(sources.length)})</span>
        </span>
      </h3>
      {sources.length === 0 ? (
        <EmptyState>None.</EmptyState>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {sources.map((source, index) => (
            // Each address appears once per list; the index keeps repeated titles apart.
            <li key={index} className="flex min-w-0 gap-2">
              <span aria-hidden="true" className="shrink-0 font-mono text-slate-500">
                {symbol}
              </span>
              <span className="min-w-0 break-words">
                <ExternalLink url={source.url}>
                  <UntrustedText
                    text={source.title}
                    placeholder={domainOf(source.url) ?? source.url}
                    max={120}
                  />
                </ExternalLink>
                {source.title && (
                  <span className="block truncate text-xs text-slate-600 dark:text-slate-400">
                    {domainOf(source.url) ?? source.url}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
