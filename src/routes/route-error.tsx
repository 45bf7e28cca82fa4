import { Link, useRouteError } from 'react-router'
import { ApiError } from '@/api/api-error'
import { primaryButton } from '@/components/ui/styles'
import { RequestFailed } from '@/routes/worker/request-status'

/*
 * The last line of defence: a rendering bug or a page chunk that failed to load (for example
 * after a new deploy) shows this instead of a blank page.
 */
export function RouteError() {
  const error = useRouteError()
  // A route's loader refused its address (an ID that cannot name anything): said as the page
  // would say a refused request, not as a crash.
  if (error instanceof ApiError) {
    return (
      <>
        <title>Not a valid address · Handinger Worker Inspector</title>
        <RequestFailed error={error} />
      </>
    )
  }
  const detail = error instanceof Error ? error.message : 'An unexpected error occurred.'
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <div
        role="alert"
        className="rounded-lg border border-red-200 bg-white p-6 dark:border-red-900/60 dark:bg-slate-900"
      >
        <h1 className="text-xl font-semibold text-red-800 dark:text-red-300">
          Something went wrong
        </h1>
        <p className="mt-2 break-words text-slate-700 dark:text-slate-300">{detail}</p>
        <div className="mt-4 flex gap-3">
          <button type="button" onClick={() => window.location.reload()} className={primaryButton}>
            Reload the page
          </button>
          <Link
            to="/"
            reloadDocument
            className="px-2 py-2 text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            Open another worker
          </Link>
        </div>
      </div>
    </div>
  )
}
