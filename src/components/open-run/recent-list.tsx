import { Link } from 'react-router'
import { StatusBadge } from '@/components/ui/status-badge'
import { smallButton } from '@/components/ui/styles'
import { Ago } from '@/components/ui/ticking-time'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { workerHref } from '@/config/paths'
import { statusOf } from '@/api/worker/status'
import type { RecentWorker } from '@/components/open-run/recent-workers'

type Props = {
  items: RecentWorker[]
  onOpen?: () => void
  onRemove?: (item: RecentWorker) => void
}

const linkClass =
  'font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700 dark:text-indigo-300 dark:focus-visible:outline-indigo-300'

/** Recently opened runs: title or first words, IDs, status chip, when opened. */
export function RecentList({ items, onOpen, onRemove }: Props) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {items.map((item) => {
        const ids = item.taskId ? `${item.workerId} / ${item.taskId}` : item.workerId
        return (
          <li key={`${item.workerId}/${item.taskId}`} className="flex items-start gap-3 px-4 py-2">
            <div className="min-w-0 flex-1 space-y-0.5">
              <Link
                to={workerHref(item.workerId, item.taskId)}
                onClick={onOpen}
                className={linkClass}
              >
                {item.title ? (
                  <UntrustedText text={item.title} max={80} />
                ) : (
                  <span className="font-mono text-sm">{ids}</span>
                )}
              </Link>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                {item.title && <span className="font-mono">{ids}</span>}
                {item.status && <StatusBadge status={statusOf(item.status)} />}
                {item.openedAt > 0 && (
                  <span>
                    opened <Ago at={item.openedAt} />
                  </span>
                )}
              </p>
            </div>
            {onRemove && (
              <button
                type="button"
                onClick={() => onRemove(item)}
                aria-label={`Remove ${ids} from the list`}
                className={smallButton}
              >
                Remove
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
