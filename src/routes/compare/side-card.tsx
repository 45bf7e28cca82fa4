import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { appConfigQuery, keyOwner } from '@/api/app-config'
import { findSavedRun } from '@/api/saved-run/saved-runs'
import { type CompareSide, type RunRef, isSavedRef, savedHref, workerHref } from '@/config/paths'
import { StatusBadge } from '@/components/ui/status-badge'
import { smallButton, textLink } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { formatNumber } from '@/lib/format'
import { taskTurnAnchor } from '@/routes/task/turn-link'
import { describeError } from '@/routes/worker/describe-error'
import { Countdown } from '@/routes/worker/request-status'
import type { SideView } from './use-run-side'

export type SideLabel = 'A' | 'B'

/** The link back to the run a side shows: its task page, at the turn when it names one. */
export function runHref({ workerId, taskId, turn }: RunRef): string {
  const page = workerHref(workerId, taskId)
  return turn == null ? page : `${page}#${taskTurnAnchor(turn)}`
}

export function turnName(seq: number): string {
  return `Turn ${formatNumber(seq + 1)}`
}

/**
 * The side's letter as a chip; its colour repeats the letter, never replaces it. Hidden from
 * screen readers: the words beside it ("Run A") say it.
 */
export function SideChip({ label }: { label: SideLabel }) {
  const tone =
    label === 'A'
      ? 'bg-rose-100 text-rose-900 dark:bg-rose-400/15 dark:text-rose-200'
      : 'bg-emerald-100 text-emerald-900 dark:bg-emerald-400/15 dark:text-emerald-200'
  return (
    <span
      aria-hidden="true"
      className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${tone}`}
    >
      {label}
    </span>
  )
}

/** Which run a side is, how it stands, the way back to it, and its failure with Try again. */
export function SideCard({
  label,
  runRef,
  view,
  onRetry,
}: {
  label: SideLabel
  runRef: CompareSide
  view: SideView
  onRetry: () => void
}) {
  if (isSavedRef(runRef))
    return <SavedSideCard label={label} savedId={runRef.savedId} view={view} />
  return (
    <SideFrame
      label={label}
      view={view}
      untitled={<span className="font-mono text-sm">{runRef.taskId}</span>}
    >
      <p className="text-sm break-all text-slate-700 dark:text-slate-300">
        <span className="font-mono">{runRef.workerId}</span>
        {' · '}
        <span className="font-mono">{runRef.taskId}</span>
        {runRef.turn != null && ` · ${turnName(runRef.turn)}`}
      </p>
      <SideState view={view} runRef={runRef} onRetry={onRetry} />
      <Link to={runHref(runRef)} className={`inline-block text-sm ${textLink}`}>
        Open run {label}
        <span className="sr-only">
          {' '}
          ({runRef.taskId}
          {runRef.turn != null && `, ${turnName(runRef.turn)}`})
        </span>
      </Link>
    </SideFrame>
  )
}

/** A side's card: its letter, its title (or what names it until the title is known), status. */
function SideFrame({
  label,
  view,
  untitled,
  children,
}: {
  label: SideLabel
  view: SideView
  untitled: React.ReactNode
  children: React.ReactNode
}) {
  const side = view.kind === 'ready' ? view.side : null
  return (
    <section
      aria-label={`Run ${label}`}
      className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        <SideChip label={label} />
        <h2 className="min-w-0 font-semibold break-words">
          <span className="sr-only">Run {label}: </span>
          {side?.title != null ? (
            <UntrustedText text={side.title} placeholder="(untitled task)" />
          ) : (
            untitled
          )}
        </h2>
        {side && <StatusBadge status={side.status} />}
      </div>
      {children}
    </section>
  )
}

/** A side opened from a file: named by the file, linked back to its saved-run page. */
function SavedSideCard({
  label,
  savedId,
  view,
}: {
  label: SideLabel
  savedId: string
  view: SideView
}) {
  const saved = findSavedRun(savedId)
  return (
    <SideFrame
      label={label}
      view={view}
      untitled={<UntrustedText text={saved?.fileName ?? ''} placeholder="Saved run" max={80} />}
    >
      {saved ? (
        <>
          <p className="text-sm break-all text-slate-700 dark:text-slate-300">
            <span className="font-mono">
              <UntrustedText text={saved.worker.id} placeholder="(no ID)" max={128} />
            </span>
            {' · saved file '}
            <UntrustedText text={saved.fileName} placeholder="(unnamed)" max={80} />
          </p>
          <Link to={savedHref(savedId)} className={`inline-block text-sm ${textLink}`}>
            Open run {label}
            <span className="sr-only"> (the saved file)</span>
          </Link>
        </>
      ) : (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          This run was opened from a file in another tab; open the file here to compare it.
        </p>
      )}
    </SideFrame>
  )
}

function SideState({
  view,
  runRef,
  onRetry,
}: {
  view: SideView
  runRef: RunRef
  onRetry: () => void
}) {
  const owner = keyOwner(useQuery(appConfigQuery).data?.access)
  const context = { workerId: runRef.workerId, taskId: runRef.taskId, keyOwner: owner }
  switch (view.kind) {
    case 'ready':
      if (!view.extraFailed) return null
      return (
        <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
          {view.extraFailed.read === 'task'
            ? "The task's title and turns could not be loaded"
            : "The run's sources could not be loaded"}
          : {describeError(view.extraFailed.error, context).title}.{' '}
          <button type="button" className={smallButton} onClick={onRetry}>
            Try again
          </button>
        </p>
      )
    case 'loading':
      return (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {view.offline ? 'Offline; loads when the connection is back.' : 'Loading…'}
        </p>
      )
    case 'retrying': {
      const { title, detail } = describeError(view.reason, context)
      return (
        <div role="status" className="text-sm text-amber-900 dark:text-amber-200">
          <p className="font-medium">{title}</p>
          <p className="break-words">{detail}</p>
          <p>
            {view.retryAt === null ? 'Retrying automatically.' : <Countdown until={view.retryAt} />}
          </p>
        </div>
      )
    }
    case 'failed': {
      const { title, detail } = describeError(view.error, context)
      return (
        <div role="alert" className="space-y-1 text-sm">
          <p className="font-semibold text-red-800 dark:text-red-300">{title}</p>
          <p className="break-words text-slate-700 dark:text-slate-300">{detail}</p>
          <button type="button" className={smallButton} onClick={onRetry}>
            Try again
          </button>
        </div>
      )
    }
    case 'other-worker':
      return (
        <p role="alert" className="text-sm break-words text-red-800 dark:text-red-300">
          This task belongs to worker <UntrustedText text={view.workerId} />, not {runRef.workerId}.
        </p>
      )
    case 'saved-missing':
      return null
    case 'no-turn':
      return (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          This task has no {turnName(view.seq).toLowerCase()}; it has {formatNumber(view.turnCount)}{' '}
          {view.turnCount === 1 ? 'turn' : 'turns'}.
        </p>
      )
  }
}
