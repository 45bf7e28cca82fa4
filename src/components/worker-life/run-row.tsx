import { memo, useRef } from 'react'
import { Link } from 'react-router'
import type { WebhookExecution } from '@/api/worker-life/execution-schema'
import { focusRing, textLink } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { workerHref } from '@/config/paths'
import { formatDateTime, formatDuration } from '@/lib/format'
import type { WorkerId } from '@/shared/ids'
import { DeliveryBadge, responseCodeText } from './delivery-badge'
import { RelativeTime } from './relative-time'
import { TaskFacts } from './task-facts'
import { useTaskFill } from './use-task-fill'

/** The grid of a row and of the header above the rows, on screens wide enough for columns. */
export const RUN_COLUMNS =
  'md:grid md:grid-cols-[1.5rem_minmax(0,2fr)_6.5rem_minmax(9rem,1fr)_minmax(0,1.5fr)] md:items-start md:gap-x-4'

type Props = {
  log: WebhookExecution
  workerId: WorkerId
  /** The run the page is showing. */
  current: boolean
  selected: boolean
  /** False once two other runs are picked: a third cannot join. */
  selectable: boolean
  onToggle: (log: WebhookExecution) => void
}

/*
 * One delivery of the log, which is one run of the worker. On narrow screens its facts stack
 * under the title; from md up they line up in columns. Everything the log says is shown as
 * text, never as markup.
 */
export const RunRow = memo(function RunRow({
  log,
  workerId,
  current,
  selected,
  selectable,
  onToggle,
}: Props) {
  const ref = useRef<HTMLLIElement>(null)
  const task = useTaskFill(log.taskId, ref)
  const name = runName(log)
  return (
    <li
      ref={ref}
      className={`grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 px-4 py-3 text-sm ${RUN_COLUMNS} ${
        current ? 'bg-sky-50 dark:bg-sky-400/10' : ''
      }`}
    >
      <div className="pt-0.5">
        {log.taskId && (
          <input
            type="checkbox"
            checked={selected}
            disabled={!selected && !selectable}
            onChange={() => onToggle(log)}
            aria-label={`Compare ${name}`}
            className={`size-4 rounded accent-indigo-700 disabled:opacity-40 dark:accent-indigo-400 ${focusRing}`}
          />
        )}
      </div>
      <div className="min-w-0 space-y-1">
        <p className="min-w-0 font-medium break-words">
          {log.taskId ? (
            <Link
              to={workerHref(workerId, log.taskId)}
              aria-current={current ? 'page' : undefined}
              className={textLink}
            >
              <RunTitle log={log} />
            </Link>
          ) : (
            <RunTitle log={log} />
          )}
          {current && (
            <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900 dark:bg-sky-400/20 dark:text-sky-100">
              Viewing
            </span>
          )}
        </p>
        {log.taskId && <TaskFacts query={task} />}
      </div>
      <div className="col-start-2 text-slate-700 md:col-start-auto md:pt-0.5 dark:text-slate-300">
        <RelativeTime at={log.createdAt} />
      </div>
      <div className="col-start-2 flex flex-wrap items-center gap-x-2 gap-y-1 md:col-start-auto">
        {/* The column header says it from md up; stacked, the row says it itself. */}
        <span className="text-xs text-slate-600 md:sr-only dark:text-slate-400">Webhook</span>
        <DeliveryBadge log={log} />
        <span className="text-xs text-slate-700 tabular-nums dark:text-slate-300">
          {responseCodeText(log)}
          {log.durationMs !== null && ` · ${formatDuration(log.durationMs)}`}
        </span>
      </div>
      <div className="col-start-2 min-w-0 text-xs break-words text-slate-700 md:col-start-auto md:pt-0.5 dark:text-slate-300">
        {log.errorMessage && <UntrustedText text={log.errorMessage} max={160} />}
      </div>
    </li>
  )
})

function RunTitle({ log }: { log: WebhookExecution }) {
  if (log.taskTitle) return <UntrustedText text={log.taskTitle} max={120} />
  if (log.rawTaskId) return <UntrustedText text={log.rawTaskId} max={80} className="font-mono" />
  return <span className="text-slate-600 italic dark:text-slate-400">(no task named)</span>
}

/** The run in words, for the checkbox's name: its title, else its task ID, else when it was. */
export function runName(log: WebhookExecution): string {
  const name = log.taskTitle?.trim() || log.rawTaskId
  if (name) return name.length > 80 ? `${name.slice(0, 79)}…` : name
  return log.createdAt === null
    ? 'this run'
    : `the run of ${formatDateTime(new Date(log.createdAt))}`
}
