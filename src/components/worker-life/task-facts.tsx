import type { UseQueryResult } from '@tanstack/react-query'
import type { TaskWithTurns } from '@/api/task/queries'
import { taskStatus } from '@/api/worker/status'
import { StatusBadge } from '@/components/ui/status-badge'
import { formatCredits } from '@/lib/format'

/** A row's task status and credits, once its task has been read (see useTaskFill). */
export function TaskFacts({ query }: { query: UseQueryResult<TaskWithTurns> }) {
  if (query.data) {
    const { status, totals } = query.data.task
    return (
      <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
        <StatusBadge status={taskStatus(status)} />
        {totals.credits !== null && (
          <span className="text-xs text-slate-700 tabular-nums dark:text-slate-300">
            {formatCredits(totals.credits)}
          </span>
        )}
      </span>
    )
  }
  if (query.isError) {
    return (
      <span className="text-xs text-slate-600 dark:text-slate-400" title={query.error.message}>
        Task details unavailable
      </span>
    )
  }
  return (
    <span className="inline-flex items-center gap-2" aria-busy="true">
      <span
        aria-hidden="true"
        className="h-4 w-16 rounded-full bg-slate-100 motion-safe:animate-pulse dark:bg-slate-800"
      />
      <span className="sr-only">Task details load when this row is in view</span>
    </span>
  )
}
