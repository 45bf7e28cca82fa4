import { ApiError } from '@/api/api-error'
import { isCreatorOnly } from '@/api/worker-life/queries'
import { smallButton } from '@/components/ui/styles'
import { CreatorOnlyNote } from './creator-only-note'

/*
 * What a part of the worker's life says when its read failed: the creator-only answer calmly,
 * anything else with the reason and a way to ask again (the app's retry policy has already
 * tried the transient faults).
 */
export function LoadProblem({
  error,
  what,
  onRetry,
}: {
  error: Error
  what: string
  onRetry: () => void
}) {
  if (isCreatorOnly(error)) return <CreatorOnlyNote />
  const message = error instanceof ApiError ? error.message : 'Something went wrong.'
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-700 dark:text-slate-300">
      <p>
        The {what} could not be loaded: {message}
      </p>
      <button type="button" onClick={onRetry} className={smallButton}>
        Try again
      </button>
    </div>
  )
}

/** Grey lines where a list will be, while it loads. */
export function ListPending({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div aria-busy="true" className="space-y-3">
      <span className="sr-only">Loading {label}…</span>
      {Array.from({ length: lines }, (_, index) => (
        <div
          key={index}
          aria-hidden="true"
          className="h-4 rounded bg-slate-100 motion-safe:animate-pulse dark:bg-slate-800"
        />
      ))}
    </div>
  )
}
