import { useQueryClient } from '@tanstack/react-query'
import { Suspense, lazy } from 'react'
import { ApiError } from '@/api/api-error'
import { workerQueries } from '@/api/worker/queries'
import type { Task, Turn } from '@/api/task/schema'
import { taskQueries } from '@/api/task/queries'
import { Markdown } from '@/components/markdown/markdown'
import { ExternalLink } from '@/components/ui/external-link'
import { StatusBadge } from '@/components/ui/status-badge'
import { textLink } from '@/components/ui/styles'
import { RevealedText, UntrustedText } from '@/components/ui/untrusted-text'
import { fileLabel, UNNAMED_FILE } from '@/lib/display-names'
import {
  formatBytes,
  formatCredits,
  formatDateTime,
  formatDuration,
  formatNumber,
} from '@/lib/format'
import { taskStatus } from '@/api/worker/status'
import { type TaskId, type WorkerId } from '@/shared/ids'
import { useRunIds } from '@/routes/worker/worker-loader'
import { useWatchedQuery } from '@/api/live-stream'
import { useWatchControls } from '@/app/watch-store'
import { conversationTurnHash, focusMessage, taskTurnAnchor, turnMessageIndex } from './turn-link'

// The chart is an extra: its code loads only when a task with turns is shown.
const TurnChart = lazy(() => import('./turn-chart').then((m) => ({ default: m.TurnChart })))
// So is the link to the previous run: it waits for the worker's delivery log anyway.
const PreviousRunLink = lazy(() =>
  import('@/components/worker-life/previous-run-link').then((m) => ({
    default: m.PreviousRunLink,
  })),
)

const SHORT_ANSWER = 1200

const box =
  'space-y-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900'

export function TaskSection() {
  const { workerId, taskId } = useRunIds()
  const watch = useWatchControls()
  const query = useWatchedQuery(taskQueries.detail(taskId), taskQueries.live(taskId), watch)
  if (taskId === null) return null
  if (query.isError) {
    // The worker view below explains a missing task; other failures are said here, quietly.
    if (query.error instanceof ApiError && query.error.kind === 'not-found') return null
    return (
      <p className={`${box} text-sm text-slate-700 dark:text-slate-300`}>
        The task details could not be loaded: {query.error.message}
      </p>
    )
  }
  if (!query.data) {
    return <div aria-hidden="true" className={`${box} h-28 motion-safe:animate-pulse`} />
  }
  return (
    <TaskDetails
      task={query.data.task}
      turns={query.data.turns}
      workerId={workerId}
      taskId={taskId}
    />
  )
}

type TaskIds = { workerId: WorkerId; taskId: TaskId }

export function TaskDetails({
  task,
  turns,
  workerId,
  taskId,
}: { task: Task; turns: Turn[] } & TaskIds) {
  const status = taskStatus(task.status)
  const { credits, durationMs, turnCount } = task.totals
  return (
    // An article, not a region: the page's regions are the worker panels.
    <article aria-labelledby="task-heading" className={box}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="task-heading" className="min-w-0 text-lg font-semibold">
          <span className="sr-only">Task:</span>{' '}
          <UntrustedText text={task.title} placeholder="(untitled task)" />
        </h2>
        <StatusBadge status={status} />
        <span className="ml-auto">
          <Suspense fallback={null}>
            <PreviousRunLink workerId={workerId} taskId={taskId} />
          </Suspense>
        </span>
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <Fact label="Triggered by" value={task.triggeredBy ?? '—'} />
        <Fact label="Created" value={<When iso={task.createdAt} />} />
        <Fact label="Completed" value={<When iso={task.completedAt} />} />
        <Fact label="Credits" value={credits === null ? '—' : formatCredits(credits)} />
        <Fact label="Duration" value={durationMs === null ? '—' : formatDuration(durationMs)} />
        <Fact label="Turns" value={formatNumber(turnCount ?? turns.length)} />
      </dl>
      {turns.length > 0 && (
        <Suspense fallback={<div className="h-24" aria-hidden="true" />}>
          <TurnChart turns={turns} />
        </Suspense>
      )}
      <h3 className="font-semibold">Turns</h3>
      {turns.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No turns yet.</p>
      ) : (
        <ol className="space-y-4">
          {turns.map((turn, index) => (
            // Turns come in execution order and are only appended; their seq and id come from
            // the API and may repeat, so the position is the key.
            <TurnItem key={index} turn={turn} workerId={workerId} taskId={taskId} />
          ))}
        </ol>
      )}
    </article>
  )
}

function TurnItem({ turn, workerId, taskId }: { turn: Turn } & TaskIds) {
  const client = useQueryClient()
  const status = taskStatus(turn.status)

  // Without the conversation at hand the link still works: #turn-n is the conversation's own
  // deep link to that turn.
  function showInRun(event: React.MouseEvent) {
    const data = client.getQueryData(workerQueries.detail(workerId, taskId).queryKey)
    const index = turnMessageIndex(data?.worker.messages ?? [], turn.seq)
    if (index === null) return
    event.preventDefault()
    void focusMessage(index)
  }

  return (
    <li
      id={taskTurnAnchor(turn.seq)}
      className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <h4 className="font-semibold">Turn {formatNumber(turn.seq + 1)}</h4>
        <StatusBadge status={status} />
        <span className="text-slate-700 tabular-nums dark:text-slate-300">
          {[
            turn.durationMs === null ? null : formatDuration(turn.durationMs),
            turn.credits === null ? null : formatCredits(turn.credits),
            tokens(turn),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
        {turn.startedAt && (
          <span className="text-slate-600 dark:text-slate-400">
            started <When iso={turn.startedAt} />
          </span>
        )}
        <a
          href={conversationTurnHash(turn.seq)}
          onClick={showInRun}
          className={`ml-auto ${textLink}`}
        >
          Show in the conversation
        </a>
      </div>
      {turn.input && (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-sm whitespace-pre-wrap text-slate-800 dark:border-slate-600 dark:text-slate-200">
          <RevealedText text={turn.input} />
        </blockquote>
      )}
      {turn.outputText && (
        // Long answers start folded: the last one is also the Output panel below.
        <details open={turn.outputText.length <= SHORT_ANSWER} className="text-sm">
          <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
            Answer
          </summary>
          <div className="prose prose-sm mt-2 max-w-none dark:prose-invert">
            <Markdown text={turn.outputText} />
          </div>
        </details>
      )}
      {turn.files.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 text-sm">
          {turn.files.map((file, index) => (
            // Two files may share an address; a turn's files never reorder.
            <li key={index}>
              <ExternalLink url={file.url}>
                <UntrustedText text={fileLabel(file)} placeholder={UNNAMED_FILE} max={80} />
              </ExternalLink>
              {file.size !== undefined && (
                <span className="text-slate-600 dark:text-slate-400">
                  {' '}
                  ({formatBytes(file.size)})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

function tokens(turn: Turn): string | null {
  if (turn.inputTokens === null && turn.outputTokens === null) return null
  const input = turn.inputTokens === null ? '—' : formatNumber(turn.inputTokens)
  const output = turn.outputTokens === null ? '—' : formatNumber(turn.outputTokens)
  return `${input} in / ${output} out tokens`
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="flex gap-1.5">
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  )
}

function When({ iso }: { iso: string | null }) {
  const date = iso ? new Date(iso) : null
  if (!date || Number.isNaN(date.getTime())) return <>—</>
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>
}
