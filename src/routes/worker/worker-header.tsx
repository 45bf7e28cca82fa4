import { ExternalLink } from '@/components/ui/external-link'
import { type QueryKey, onlineManager, useQuery } from '@tanstack/react-query'
import { memo, useEffect, useRef, useSyncExternalStore } from 'react'
import { Link } from 'react-router'
import { POLL_INTERVAL_MS, applyWatch } from '@/api/polling'
import type { Worker } from '@/api/worker/schema'
import { taskQueries } from '@/api/task/queries'
import { useShortcut } from '@/components/keyboard/shortcuts'
import { CopyButton } from '@/components/ui/copy-button'
import { StatusBadge } from '@/components/ui/status-badge'
import { smallButton } from '@/components/ui/styles'
import { Elapsed } from '@/components/ui/ticking-time'
import { UsageBadge } from '@/components/ui/usage-badge'
import { workerHref } from '@/config/paths'
import { timestampToDate } from '@/lib/format'
import { workerStatus } from '@/api/worker/status'
import { safeHref } from '@/lib/safe-url'
import { noteRecent } from '@/components/open-run/recent-workers'
import { firstWords, workerMarkdown } from '@/api/worker/transcript'
import { DownloadJsonButton } from './download-json-button'
import { LastUpdated, RefreshingMark } from './last-updated'
import { NotifyButton } from './notify-button'
import { RunDetails } from './run-details'
import { RunTitle } from './run-title'
import { useWatchControls } from '@/app/watch-store'
import type { TaskId, WorkerId } from '@/shared/ids'

type Props = {
  worker: Worker
  workerId: WorkerId
  taskId: TaskId | null
  problems: string[]
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
  queryKey,
  onRefresh,
}: Props) {
  // On a task page the task's own status (which knows error and aborted) wins. It shares the
  // task section's query, so this costs no extra request there.
  const watch = useWatchControls()
  const task = useQuery(applyWatch(taskQueries.detail(taskId), watch))
  const status = workerStatus(worker, task.data?.task.status)
  const online = useOnline()
  const linkButton = useRef<HTMLButtonElement>(null)
  const dashboard = safeHref(worker.url)
  const created = worker.createdAt === null ? null : timestampToDate(worker.createdAt)
  const link = new URL(workerHref(workerId, taskId), window.location.origin).href
  const title = task.data?.task.title || firstWords(worker.messages)

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
        <h1 className="min-w-0 break-all font-mono text-xl font-semibold">
          <span className="sr-only">Worker </span>
          {workerId}
        </h1>
        <CopyButton text={workerId} label="Copy worker ID" />
        {/* A live region, so completion is announced to screen-reader users too. */}
        <span role="status">
          <StatusBadge status={status} />
        </span>
        <UsageBadge usage={worker.usage} live={status.active} problems={problems} />
        {status.active && created && (
          <span className="text-sm text-slate-700 dark:text-slate-300">
            Elapsed <Elapsed from={created} />
          </span>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {/* Always usable: pressed during a refresh it waits for that one (see WorkerView). */}
        <button type="button" onClick={onRefresh} aria-keyshortcuts="r" className={smallButton}>
          Refresh
        </button>
        {(status.active || watch.paused) && (
          <button
            type="button"
            aria-pressed={watch.paused}
            aria-keyshortcuts="p"
            onClick={() => watch.setPaused(!watch.paused)}
            className={smallButton}
          >
            {watch.paused ? 'Resume live updates' : 'Pause live updates'}
          </button>
        )}
        <NotifyButton status={status} workerId={workerId} taskId={taskId} watch={watch} />
        <CopyButton ref={linkButton} text={link} label="Copy link" />
        {taskId && <CopyButton text={taskId} label="Copy task ID" />}
        <CopyButton
          text={() => workerMarkdown(worker, { workerId, taskId, status, link })}
          label="Copy as Markdown"
        />
        <DownloadJsonButton workerId={workerId} taskId={taskId} />
        {dashboard && (
          <ExternalLink
            url={dashboard}
            className="ml-auto font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          >
            Open in Handinger<span className="sr-only"> (opens in a new tab)</span>
          </ExternalLink>
        )}
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
            <LastUpdated queryKey={queryKey} />
            {liveNote(status.active, watch.paused, online)}
            <RefreshingMark queryKey={queryKey} />
          </dd>
        </div>
      </dl>
      <RunDetails worker={worker} requestedId={workerId} />
      {problems.length > 0 && (
        <p className="text-sm text-amber-900 dark:text-amber-300">
          Some fields of the response could not be read and are left out: {summarize(problems)}.
        </p>
      )}
    </header>
  )
})

function liveNote(active: boolean, paused: boolean, online: boolean): string {
  if (paused) return ' · paused: no updates until you resume'
  if (!active) return ''
  if (!online) return ' · offline: updates resume when the connection is back'
  return ` · live, every ${POLL_INTERVAL_MS / 1000} s`
}

function summarize(problems: string[]): string {
  const shown = problems.slice(0, 5).join(', ')
  return problems.length > 5 ? `${shown} and ${problems.length - 5} more` : shown
}
