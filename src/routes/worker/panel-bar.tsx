import { memo } from 'react'
import type { Worker } from '@/api/worker/schema'
import { panelAnchor } from '@/components/panels/panel-anchors'
import { RunSearchBar } from '@/components/search/run-search-bar'
import { useRunSearch } from '@/components/search/use-run-search'
import { focusRing } from '@/components/ui/styles'
import { ProblemPosition } from './problem-position'
import { formatNumber } from '@/lib/format'

export const PANELS_ROOT_ID = 'worker-panels'

/*
 * A long run is a long page: this bar stays at the top and jumps to each panel (on narrow
 * screens, the only quick way to the side panels), and holds the run-wide search. It is one
 * row at any width: the links scroll sideways (with a shade where more hide), the search stays
 * at the end, and on a phone an open search field takes the row. Opaque, so the page scrolling
 * under it never shows through. Memoized on the worker: a poll that brings nothing new does
 * not render it.
 */
export const PanelBar = memo(function PanelBar({ worker }: { worker: Worker }) {
  const search = useRunSearch(worker, PANELS_ROOT_ID)
  const links = [
    { label: 'Output', anchor: panelAnchor.output, count: undefined },
    { label: 'Messages', anchor: panelAnchor.messages, count: worker.messages.length },
    { label: 'Sources', anchor: panelAnchor.sources, count: worker.sources.length },
    { label: 'Files', anchor: panelAnchor.files, count: worker.files.length },
    {
      label: 'Structured output',
      anchor: panelAnchor.structured,
      count: structuredCount(worker.structuredOutput),
    },
    { label: 'Runs', anchor: panelAnchor.runs, count: undefined },
    { label: 'Schedules', anchor: panelAnchor.schedules, count: undefined },
    { label: 'Webhook', anchor: panelAnchor.webhook, count: undefined },
  ]
  return (
    <div className="sticky top-0 z-20 -mx-4 flex min-h-[var(--panel-bar-height)] items-center gap-x-4 border-b border-slate-200 bg-slate-50 px-4 py-2 [--scroll-cover:var(--color-slate-50)] dark:border-slate-800 dark:bg-slate-950 dark:[--scroll-cover:var(--color-slate-950)]">
      <nav
        aria-label="Panels"
        className={`scroll-shade-x min-w-0 flex-1 overflow-x-auto [scrollbar-width:none] ${search.open ? 'max-sm:hidden' : ''}`}
      >
        <ul className="flex items-center gap-1 p-1 text-sm whitespace-nowrap">
          {links.map((link) => (
            <li key={link.anchor}>
              <a
                href={`#${link.anchor}`}
                className={`inline-flex items-baseline gap-1.5 rounded-md px-2 py-1 font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-300 dark:hover:bg-slate-800 ${focusRing}`}
              >
                {link.label}
                {link.count !== undefined && (
                  <span className="text-xs font-normal text-slate-600 tabular-nums dark:text-slate-400">
                    {formatNumber(link.count)}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div
        className={`flex shrink-0 items-center justify-end gap-2 ${search.open ? 'max-sm:flex-1' : ''}`}
      >
        {!search.open && <ProblemPosition />}
        <RunSearchBar search={search} />
      </div>
    </div>
  )
})

/* Entries at the top level of the structured output; nothing for a scalar or none. */
function structuredCount(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length
  if (typeof value === 'object' && value !== null) return Object.keys(value).length
  return undefined
}
