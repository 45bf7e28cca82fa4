import { Link } from 'react-router'
import { ApiError } from '@/api/api-error'
import { isTransient } from '@/api/retry'
import { describeError } from './describe-error'
import { primaryButton } from '@/components/ui/styles'

/** A request that will not succeed by retrying: say why, and offer the way back. */
export function RequestFailed({
  error,
  workerId,
  taskId,
}: {
  error: unknown
  workerId?: string
  taskId?: string | null
}) {
  const { title, detail } = describeError(error, workerId, taskId)
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6 dark:border-red-900/60 dark:bg-slate-900"
    >
      <h1 className="text-xl font-semibold text-red-800 dark:text-red-300">{title}</h1>
      <p className="mt-2 break-words text-slate-700 dark:text-slate-300">{detail}</p>
      <Link to="/" className={`mt-4 inline-block ${primaryButton}`}>
        Open another worker
      </Link>
    </div>
  )
}

/** First load in progress, possibly after transient failures that are being retried. */
export function Retrying({
  reason,
  failures,
  offline,
}: {
  reason: unknown
  failures: number
  offline: boolean
}) {
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
  const { title, detail } = describeError(reason)
  return (
    <div
      role="status"
      className="mx-auto max-w-xl rounded-lg border border-amber-200 bg-white p-6 dark:border-amber-800/60 dark:bg-slate-900"
    >
      <h1 className="text-xl font-semibold text-amber-900 dark:text-amber-300">{title}</h1>
      <p className="mt-2 break-words text-slate-700 dark:text-slate-300">{detail}</p>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {retryText(reason, failures)}
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

/** Shown above data that is still on screen while refreshing it fails. */
export function StaleNote({
  error,
  updatedAt,
  offline,
}: {
  error: unknown
  updatedAt: number
  offline: boolean
}) {
  const time = new Date(updatedAt).toLocaleTimeString()
  if (offline && !error) {
    return (
      <p role="status" className={noteClass}>
        You appear to be offline. Showing data from {time}; updates resume when the connection is
        back.
      </p>
    )
  }
  if (!error) return null
  const { title, detail } = describeError(error)
  return (
    <div role="status" className={noteClass}>
      <p className="font-medium text-amber-950 dark:text-amber-100">
        Showing data from {time}; it may be stale. {title}: {detail}
      </p>
      <p className="text-amber-900 dark:text-amber-200">
        {isTransient(error) ? 'Retrying automatically.' : 'Use Refresh to try again.'}
      </p>
    </div>
  )
}

const noteClass =
  'rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800/60 dark:bg-amber-950/30 dark:text-amber-100'

function retryText(reason: unknown, failures: number): string {
  const attempt = failures > 1 ? ` (attempt ${failures + 1})` : ''
  if (reason instanceof ApiError && reason.retryAfterMs !== null) {
    const seconds = Math.max(1, Math.ceil(reason.retryAfterMs / 1000))
    return `Trying again in ${seconds} s, as the server asked${attempt}.`
  }
  return `Retrying automatically${attempt}.`
}
