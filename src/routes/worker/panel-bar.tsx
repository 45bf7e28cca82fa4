import { memo } from 'react'
import type { Worker } from '@/api/worker/schema'
import { panelAnchor } from '@/components/panels/panel-anchors'
import { RunSearchBar } from '@/components/search/run-search-bar'
import { useRunSearch } from '@/components/search/use-run-search'
import { focusRing } from '@/components/ui/styles'

export const PANELS_ROOT_ID = 'worker-panels'

/*
 * A long run is a long page: this bar stays at the top and jumps to each panel (on narrow
 * screens, the only quick way to the side panels), and holds the run-wide search.
 * Memoized on the worker: a poll that brings nothing new does not render it.
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
  ]
  return (
    <div className="sticky top-0 z-20 -mx-4 flex min-h-[var(--panel-bar-height)] flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <nav aria-label="Panels" className="min-w-0">
        <ul className="flex flex-wrap items-center gap-1 text-sm">
          {links.map((link) => (
            <li key={link.anchor}>
              <a
                href={`#${link.anchor}`}
                className={`inline-flex items-baseline gap-1.5 rounded-md px-2 py-1 font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-300 dark:hover:bg-slate-800 ${focusRing}`}
              >
                {link.label}
                {link.count !== undefined && (
                  <span className="text-xs font-normal text-slate-600 tabular-nums dark:text-slate-400">
                    {link.count.toLocaleString('en-US')}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <RunSearchBar search={search} />
    </div>
  )
})

/* Entries at the top level of the structured output; nothing for a scalar or none. */
function structuredCount(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length
  if (typeof value === 'object' && value !== null) return Object.keys(value).length
  return undefined
}
