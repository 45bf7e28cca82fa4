import { Link } from 'react-router'
import { POLL_INTERVAL_MS } from '@/api/queries'
import { type Worker, isActive } from '@/api/schema'
import { CopyButton } from '@/components/ui/copy-button'
import { StatusBadge } from '@/components/ui/status-badge'
import { UsageBadge } from '@/components/ui/usage-badge'
import { workerHref } from '@/config/paths'
import { timestampToDate } from '@/lib/format'
import { safeHref } from '@/lib/safe-url'

type Props = {
  worker: Worker
  workerId: string
  taskId: string | null
  problems: string[]
  updatedAt: number
  fetching: boolean
  onRefresh: () => void
}

export function WorkerHeader({
  worker,
  workerId,
  taskId,
  problems,
  updatedAt,
  fetching,
  onRefresh,
}: Props) {
  const dashboard = safeHref(worker.url)
  const live = isActive(worker)
  const created = worker.createdAt === null ? null : timestampToDate(worker.createdAt)
  return (
    <header className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="min-w-0 break-all font-mono text-xl font-semibold">
          <span className="sr-only">Worker </span>
          {workerId}
        </h1>
        <CopyButton text={workerId} label="Copy worker ID" />
        {/* A live region, so completion is announced to screen-reader users too. */}
        <span role="status">
          <StatusBadge status={worker.status} running={worker.running} />
        </span>
        <UsageBadge usage={worker.usage} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <CopyButton
            text={new URL(workerHref(workerId, taskId), window.location.origin).href}
            label="Copy link"
          />
          {dashboard && (
            <a
              href={dashboard}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
            >
              Open in Handinger<span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
          <button
            type="button"
            onClick={onRefresh}
            disabled={fetching}
            className="rounded-md border border-slate-300 px-3 py-1 font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-700 disabled:opacity-60 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-400"
          >
            {fetching ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <div className="flex gap-1.5">
          <dt className="text-slate-600 dark:text-slate-400">Task</dt>
          <dd className="font-mono">
            {taskId ?? 'latest'}
            {taskId && (
              <Link
                to={workerHref(workerId)}
                className="ml-2 font-sans text-indigo-700 underline dark:text-indigo-300"
              >
                show latest
              </Link>
            )}
          </dd>
        </div>
        {created && (
          <div className="flex gap-1.5">
            <dt className="text-slate-600 dark:text-slate-400">Created</dt>
            <dd>
              <time dateTime={created.toISOString()}>{created.toLocaleString()}</time>
            </dd>
          </div>
        )}
        <div className="flex gap-1.5">
          <dt className="text-slate-600 dark:text-slate-400">Updated</dt>
          <dd>
            {new Date(updatedAt).toLocaleTimeString()}
            {live && ` · live, every ${POLL_INTERVAL_MS / 1000} s`}
          </dd>
        </div>
      </dl>
      {problems.length > 0 && (
        <p className="text-sm text-amber-900 dark:text-amber-300">
          Some fields of the response could not be read and are left out: {summarize(problems)}.
        </p>
      )}
    </header>
  )
}

function summarize(problems: string[]): string {
  const shown = problems.slice(0, 5).join(', ')
  return problems.length > 5 ? `${shown} and ${problems.length - 5} more` : shown
}
