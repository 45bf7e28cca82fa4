import { ExternalLink } from '@/components/ui/external-link'
import { type QueryKey, onlineManager } from '@tanstack/react-query'
import {
  Copy,
  ExternalLink as ExternalLinkIcon,
  FileText,
  Hash,
  Link as LinkIcon,
  Pause,
  Play,
  RefreshCw,
} from 'lucide-react'
import { memo, useEffect, useRef, useSyncExternalStore } from 'react'
import { Link } from 'react-router'
import type { Worker } from '@/api/worker/schema'
import { useShortcut } from '@/components/keyboard/shortcuts'
import { CopyButton } from '@/components/ui/copy-button'
import { IconLabel } from '@/components/ui/icon-label'
import { StatusBadge } from '@/components/ui/status-badge'
import { smallButton } from '@/components/ui/styles'
import { UsageBadge } from '@/components/ui/usage-badge'
import { workerHref } from '@/config/paths'
import { formatDateTime, timestampToDate } from '@/lib/format'
import { safeHref } from '@/lib/safe-url'
import { noteRecent } from '@/components/open-run/recent-workers'
import { firstWords, workerMarkdown } from '@/api/worker/transcript'
import { DownloadJsonButton } from './download-json-button'
import { LastUpdated, RefreshingMark } from './last-updated'
import { liveNote } from './live-note'
import { NotifyButton } from './notify-button'
import { ProblemsChip } from './problems-chip'
import { CreditsBreakdown } from './credits-breakdown'
import { RunClock } from './run-clock'
import { RunDetails } from './run-details'
import { RunTitle } from './run-title'
import { ShareSnapshotButton } from './share-snapshot-button'
import { useRunStatus } from './use-run-status'
import type { DataNote } from './view-state'
import { useWatchControls } from '@/app/watch-store'
import type { TaskId, WorkerId } from '@/shared/ids'

type Props = {
  worker: Worker
  workerId: WorkerId
  taskId: TaskId | null
  problems: string[]
  /** The kind of note shown above the data, if any: the live line must agree with it. */
  note: DataNote['kind'] | null
  /** The view's query: the "Updated" line follows its fetch state by itself. */
  queryKey: QueryKey
  /** Stable across renders, like every other prop: a poll that brings nothing new renders no header. */
  onRefresh: () => void
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (notify) => onlineManager.subscribe(notify),
    () => onlineManager.isOnline(),
  )
}

export const WorkerHeader = memo(function WorkerHeader({
  worker,
  workerId,
  taskId,
  problems,
  note,
  queryKey,
  onRefresh,
}: Props) {
  const watch = useWatchControls()
  const { status, task, turns } = useRunStatus(worker, taskId)
  const online = useOnline()
  const linkButton = useRef<HTMLButtonElement>(null)
  const dashboard = safeHref(worker.url)
  const created = worker.createdAt === null ? null : timestampToDate(worker.createdAt)
  // On a task page the clock runs from the task's creation: the worker may be days older.
  const taskCreated = validDate(task?.createdAt)
  const clockFrom = taskCreated ?? created
  const link = new URL(workerHref(workerId, taskId), window.location.origin).href
  const title = task?.title || firstWords(worker.messages)
  // On a task page the task section shows the task's totals: a second set of figures from the
  // worker response beside them would only raise the question which one is right.
  const taskTotalsShown =
    task !== null && (task.totals.credits !== null || task.totals.durationMs !== null)

  useShortcut('r', onRefresh)
  useShortcut('p', () => watch.setPaused(!watch.paused), status.active || watch.paused)
  useShortcut('c', () => linkButton.current?.click())

  useEffect(() => {
    // Off the loading path: a page's first touch of localStorage can take tens of milliseconds.
    // Written at the latest when the view changes or the page goes away, so it is never lost.
    let noted = false
    const note = () => {
      if (noted) return
      noted = true
      noteRecent({ workerId, taskId }, { title, status: status.key })
    }
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(note, { timeout: 1_000 })
        : setTimeout(note, 0)
    window.addEventListener('pagehide', note)
    return () => {
      if (typeof requestIdleCallback === 'function') cancelIdleCallback(idle)
      else clearTimeout(idle)
      window.removeEventListener('pagehide', note)
      note()
    }
  }, [workerId, taskId, title, status.key])

  return (
    <header className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <RunTitle status={status} paused={watch.paused} workerId={workerId} taskId={taskId} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {/* One line at any width: a long ID is cut with an ellipsis, never wrapped. */}
        <div className="flex max-w-full min-w-0 items-center gap-2">
          <h1 className="min-w-0 truncate font-mono text-xl font-semibold" title={workerId}>
            <span className="sr-only">Worker </span>
            {workerId}
          </h1>
          <CopyButton text={workerId} label="Copy worker ID" icon={Copy} />
          {/* A live region, so completion is announced to screen-reader users too. */}
          <span role="status" className="shrink-0">
            <StatusBadge status={status} />
          </span>
        </div>
        {!taskTotalsShown && (
          <UsageBadge usage={worker.usage} live={status.active} problems={problems} />
        )}
        {status.active && clockFrom && (
          <RunClock from={clockFrom} since={taskCreated ? 'task' : 'worker'} />
        )}
        <ProblemsChip worker={worker} turns={turns} />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {/* Always usable: pressed during a refresh it waits for that one (see WorkerView). */}
        <button type="button" onClick={onRefresh} aria-keyshortcuts="r" className={smallButton}>
          <IconLabel icon={RefreshCw}>Refresh</IconLabel>
        </button>
        {(status.active || watch.paused) && (
          <button
            type="button"
            aria-pressed={watch.paused}
            aria-keyshortcuts="p"
            onClick={() => watch.setPaused(!watch.paused)}
            className={smallButton}
          >
            {watch.paused ? (
              <IconLabel icon={Play}>Resume live updates</IconLabel>
            ) : (
              <IconLabel icon={Pause}>Pause live updates</IconLabel>
            )}
          </button>
        )}
        <NotifyButton status={status} workerId={workerId} taskId={taskId} watch={watch} />
        <CopyButton ref={linkButton} text={link} label="Copy link" icon={LinkIcon} />
        {taskId && <CopyButton text={taskId} label="Copy task ID" icon={Hash} />}
        <CopyButton
          text={() => workerMarkdown(worker, { workerId, taskId, status, link })}
          label="Copy as Markdown"
          icon={FileText}
        />
        <DownloadJsonButton workerId={workerId} taskId={taskId} />
        <ShareSnapshotButton workerId={workerId} taskId={taskId} />
        {dashboard && (
          <ExternalLink
            url={dashboard}
            className="ml-auto inline-flex items-center gap-1 font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          >
            <IconLabel icon={ExternalLinkIcon}>Open in Handinger</IconLabel>
            <span className="sr-only"> (opens in a new tab)</span>
          </ExternalLink>
        )}
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <div className="flex min-w-0 gap-1.5">
          <dt className="text-slate-600 dark:text-slate-400">Task</dt>
          <dd className="min-w-0 font-mono break-all">
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
              <time dateTime={created.toISOString()}>{formatDateTime(created)}</time>
            </dd>
          </div>
        )}
        <div className="flex gap-1.5">
          <dt className="text-slate-600 dark:text-slate-400">Updated</dt>
          <dd>
            <LastUpdated queryKey={queryKey} />
            {liveNote({ active: status.active, paused: watch.paused, online, note })}
            <RefreshingMark queryKey={queryKey} />
          </dd>
        </div>
      </dl>
      <RunDetails worker={worker} requestedId={workerId} />
      <CreditsBreakdown messages={worker.messages} turns={turns} />
      {problems.length > 0 && (
        <p className="text-sm text-amber-900 dark:text-amber-300">
          Some fields of the response could not be read and are left out: {summarize(problems)}.
        </p>
      )}
    </header>
  )
})

function validDate(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

function summarize(problems: string[]): string {
  const shown = problems.slice(0, 5).join(', ')
  return problems.length > 5 ? `${shown} and ${problems.length - 5} more` : shown
}
