import { type ReactNode, useId } from 'react'
import { formatNumber } from '@/lib/format'

type PanelProps = {
  title: string
  count?: number
  actions?: ReactNode
  children: ReactNode
}

/*
 * Each panel is its own stacking context (`isolate`): the browser then keeps the panel's painting
 * as one cached piece, and a change elsewhere (a clock in the header ticking every second) is
 * painted without walking the long lists and answers inside the panels again.
 */
export function Panel({ title, count, actions, children }: PanelProps) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className="isolate min-w-0 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <div className="flex min-w-0 items-baseline gap-2">
          <h2 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
            {title}
          </h2>
          {/* Outside the h2 so the section's accessible name stays exactly the title. */}
          {count !== undefined && (
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 tabular-nums dark:bg-slate-800 dark:text-slate-300">
              {formatNumber(count)}
            </span>
          )}
        </div>
        {/* On a narrow screen the actions wrap under the title rather than run off the panel. */}
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      <div className="p-4">{children}</div>
    </section>
  )
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p>
}
