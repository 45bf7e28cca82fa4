import { Lock } from 'lucide-react'

export const CREATOR_ONLY_TEXT =
  "Only the worker's creator can see its runs, schedules and webhook."

/*
 * Handinger answers 403 to everyone but the worker's creator on these reads. That is how the
 * worker is set up, not a fault: said plainly, in the page's quiet colours, and never retried.
 */
export function CreatorOnlyNote() {
  return (
    <p className="flex items-start gap-2 text-sm text-slate-700 dark:text-slate-300">
      <Lock aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
      <span>
        {CREATOR_ONLY_TEXT} This run and any other you open by its link are shown as usual.
      </span>
    </p>
  )
}
