import { Link } from 'react-router'
import type { WebhookExecution } from '@/api/worker-life/execution-schema'
import { smallButton, textLink } from '@/components/ui/styles'
import { compareHref } from '@/config/paths'
import type { TaskId, WorkerId } from '@/shared/ids'

/** A run picked for comparing: kept across pages, so runs on two pages can be compared. */
export type PickedRun = { taskId: TaskId; createdAt: number | null }

export function pickedRun(log: WebhookExecution): PickedRun | null {
  return log.taskId ? { taskId: log.taskId, createdAt: log.createdAt } : null
}

/** The older run on the left (a), the newer on the right (b); undated ones count as older. */
export function comparePair(workerId: WorkerId, [first, second]: [PickedRun, PickedRun]): string {
  const [older, newer] =
    (first.createdAt ?? 0) <= (second.createdAt ?? 0) ? [first, second] : [second, first]
  return compareHref({ workerId, taskId: older.taskId }, { workerId, taskId: newer.taskId })
}

/** Above the runs: how many are picked, and once two are, the link to compare them. */
export function ComparePick({
  workerId,
  picked,
  onClear,
}: {
  workerId: WorkerId
  picked: PickedRun[]
  onClear: () => void
}) {
  const [first, second] = picked
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" aria-live="polite">
      {first && second ? (
        <Link to={comparePair(workerId, [first, second])} className={textLink}>
          Compare the two picked runs
        </Link>
      ) : (
        <span className="text-slate-600 dark:text-slate-400">
          {picked.length === 0 ? 'Pick two runs to compare them.' : 'Pick one more run to compare.'}
        </span>
      )}
      {picked.length > 0 && (
        <button type="button" onClick={onClear} className={smallButton}>
          Clear picks
        </button>
      )}
    </div>
  )
}
