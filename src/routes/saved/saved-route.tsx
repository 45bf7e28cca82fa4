import { FileJson } from 'lucide-react'
import { Link, useParams } from 'react-router'
import { findSavedRun } from '@/api/saved-run/saved-runs'
import type { SavedRun } from '@/api/saved-run/parse-saved-run'
import { OpenSavedRunButton } from '@/components/open-run/open-saved-run'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { compareHref } from '@/config/paths'
import { smallButton } from '@/components/ui/styles'
import { FrozenRunView } from './frozen-run-view'

/** `/saved/:savedId`: a run opened from a file, shown with every panel and never sent anywhere. */
export function SavedRoute() {
  const { savedId = '' } = useParams()
  const run = findSavedRun(savedId)
  if (!run) return <SavedRunMissing />
  // Keyed: opening another file starts from a clean view, as moving to another worker does.
  return <SavedRunView key={savedId} savedId={savedId} run={run} />
}

function SavedRunView({ savedId, run }: { savedId: string; run: SavedRun }) {
  return (
    <>
      <title>{`${run.fileName} (saved run) · Handinger Worker Inspector`}</title>
      <FrozenRunView
        run={run}
        banner={
          <p className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <FileJson aria-hidden="true" className="h-4 w-4 shrink-0" />
            <span>
              Saved run from the file{' '}
              <strong className="font-medium text-slate-900 dark:text-slate-100">
                <UntrustedText text={run.fileName} placeholder="(unnamed file)" max={80} />
              </strong>
              , read in this browser only: nothing was uploaded, and it does not change.
            </span>
          </p>
        }
        actions={
          <>
            <Link to={compareHref({ savedId }, null)} className={smallButton}>
              Compare with another run
            </Link>
            <OpenSavedRunButton label="Open another file…" />
          </>
        }
      />
    </>
  )
}

function SavedRunMissing() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-8">
      <title>Saved run not found · Handinger Worker Inspector</title>
      <h1 className="text-2xl font-semibold">This saved run is not open here</h1>
      <p className="text-slate-700 dark:text-slate-300">
        A saved run lives only in the browser tab that opened its file, so a link to it does not
        work in another tab or for someone else. Open the file again to see it.
      </p>
      <OpenSavedRunButton label="Open a saved run…" />
    </div>
  )
}
