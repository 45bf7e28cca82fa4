import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { ApiError } from '@/api/api-error'
import { type KeyOwner, appConfigQuery, keyOwner } from '@/api/app-config'
import { gaveUpText } from '@/api/retry'
import { primaryButton } from '@/components/ui/styles'
import { SignOutButton } from '@/routes/access/sign-out-button'
import { describeError } from './describe-error'
import type { DataNote } from './view-state'

type Ids = { workerId?: string; taskId?: string | null }

/** Whose key a refusal is about: errors are worded for whoever can replace it. */
function useKeyOwner(): KeyOwner {
  return keyOwner(useQuery(appConfigQuery).data?.access)
}

/** A request that will not succeed by retrying: say why, and offer the way back (or Resume). */
export function RequestFailed({
  error,
  workerId,
  taskId,
  onResume,
}: {
  error: unknown
  workerId?: string
  taskId?: string | null
  /** Given when retrying stopped after failing too long. */
  onResume?: () => void
}) {
  const owner = useKeyOwner()
  const { title, detail, action } = describeError(error, { workerId, taskId, keyOwner: owner })
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6 dark:border-red-900/60 dark:bg-slate-900"
    >
      <h1 className="text-xl font-semibold text-red-800 dark:text-red-300">{title}</h1>
      <p className="mt-2 break-words text-slate-700 dark:text-slate-300">{detail}</p>
      {onResume && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{gaveUpText(error)}</p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {/* With a refused key no other worker opens either: signing out is the one way on. */}
        {action === 'sign-out' ? (
          <SignOutButton look="primary" />
        ) : (
          <>
            {onResume && (
              <button type="button" className={primaryButton} onClick={onResume}>
                Resume
              </button>
            )}
            <Link
              to="/"
              className={
                onResume
                  ? 'text-sm font-medium text-indigo-700 underline dark:text-indigo-300'
                  : primaryButton
              }
            >
              Open another worker
            </Link>
          </>
        )}
      </div>
    </div>
  )
}

/** First load in progress, possibly after transient failures that are being retried. */
export function Retrying({
  reason,
  failures,
  retryAt,
  offline,
  workerId,
  taskId,
}: {
  reason: unknown
  failures: number
  retryAt: number | null
  offline: boolean
} & Ids) {
  const owner = useKeyOwner()
  if (offline && !reason) {
    return (
      <p role="status" className="py-10 text-center text-slate-700 dark:text-slate-300">
        You appear to be offline. The worker loads as soon as the connection is back.
      </p>
    )
  }
  if (!reason) {
    return (
      <p role="status" className="py-10 text-center text-slate-600 dark:text-slate-400">
        Loading worker…
      </p>
    )
  }
  const { title, detail } = describeError(reason, { workerId, taskId, keyOwner: owner })
  // What was really sent: react-query counts each failed request once.
  const attempt = failures > 1 ? ` (${failures} tries so far)` : ''
  return (
    <div
      role="status"
      className="mx-auto max-w-xl rounded-lg border border-amber-200 bg-white p-6 dark:border-amber-800/60 dark:bg-slate-900"
    >
      <h1 className="text-xl font-semibold text-amber-900 dark:text-amber-300">{title}</h1>
      <p className="mt-2 break-words text-slate-700 dark:text-slate-300">{detail}</p>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {offline ? (
          'You appear to be offline; trying again when the connection is back.'
        ) : (
          <NextTry reason={reason} retryAt={retryAt} />
        )}
        {attempt}
      </p>
      <Link
        to="/"
        className="mt-4 inline-block text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
      >
        Open another worker
      </Link>
    </div>
  )
}

/** The line shown above data that is still on screen while something is wrong. */
export function DataNoteLine({
  note,
  updatedAt,
  workerId,
  taskId,
  onResume,
}: { note: DataNote | null; updatedAt: number; onResume: () => void } & Ids) {
  const owner = useKeyOwner()
  if (!note) return null
  const time = new Date(updatedAt).toLocaleTimeString()
  if (note.kind === 'offline') {
    return (
      <p role="status" className={noteClass}>
        You appear to be offline. Showing data from {time}; updates resume when the connection is
        back.
      </p>
    )
  }
  const { title, detail } = describeError(note.error, { workerId, taskId, keyOwner: owner })
  return (
    <div role="status" className={noteClass}>
      {note.kind === 'stale' && (
        <>
          <p className="font-medium text-amber-950 dark:text-amber-100">
            Showing data from {time}; it may be stale. {title}: {detail}
          </p>
          <p className="text-amber-900 dark:text-amber-200">
            <NextTry reason={note.error} retryAt={note.retryAt} />
          </p>
        </>
      )}
      {note.kind === 'unreadable' && (
        <p className="font-medium text-amber-950 dark:text-amber-100">
          Showing data from {time}. The last refresh could not be used. {title}: {detail} Still
          checking for updates.
        </p>
      )}
      {note.kind === 'stopped' && (
        <>
          <p className="font-medium text-amber-950 dark:text-amber-100">
            Showing data from {time}. Updates stopped. {title}: {detail}
          </p>
          <p className="text-amber-900 dark:text-amber-200">
            {note.resumable ? gaveUpText(note.error) : 'Use Refresh to try again.'}
          </p>
          {note.resumable && (
            <button type="button" className={`mt-2 ${primaryButton}`} onClick={onResume}>
              Resume
            </button>
          )}
        </>
      )}
    </div>
  )
}

const noteClass =
  'rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800/60 dark:bg-amber-950/30 dark:text-amber-100'

function NextTry({ reason, retryAt }: { reason: unknown; retryAt: number | null }) {
  if (retryAt === null) return <>Retrying automatically.</>
  const asked = reason instanceof ApiError && reason.retryAfterMs !== null
  // Not announced each second: the status around it was announced once.
  return (
    <span aria-live="off">
      <Countdown until={retryAt} suffix={asked ? ', as the server asked.' : '.'} />
    </span>
  )
}

/** "Trying again in 3 s", "2 s", …: re-renders only itself, once a second. */
export function Countdown({ until, suffix = '' }: { until: number; suffix?: string }) {
  const [now, setNow] = useState(() => Date.now())
  const remaining = until - now
  useEffect(() => {
    if (remaining <= 0) return
    // Wake at the next whole second of the remaining time, so the text changes on time.
    const timer = setTimeout(() => setNow(Date.now()), remaining % 1000 || 1000)
    return () => clearTimeout(timer)
  }, [remaining])
  const text =
    remaining <= 0
      ? 'Trying again now'
      : `Trying again in ${formatWait(Math.ceil(remaining / 1000))}`
  return <span>{`${text}${suffix}`}</span>
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}
