import { FileJson } from 'lucide-react'
import { Link, useParams } from 'react-router'
import { findSavedRun } from '@/api/saved-run/saved-runs'
import type { SavedRun } from '@/api/saved-run/parse-saved-run'
import { workerStatus } from '@/api/worker/status'
import { OpenSavedRunButton } from '@/components/open-run/open-saved-run'
import { StatusBadge } from '@/components/ui/status-badge'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { UsageBadge } from '@/components/ui/usage-badge'
import { parseId } from '@/shared/ids'
import { compareHref } from '@/config/paths'
import { smallButton } from '@/components/ui/styles'
import { TaskDetails } from '@/routes/task/task-section'
import { PANELS_ROOT_ID, PanelBar } from '@/routes/worker/panel-bar'
import { WorkerPanels } from '@/routes/worker/worker-panels'

/** `/saved/:savedId`: a run opened from a file, shown with every panel and never sent anywhere. */
export function SavedRoute() {
  const { savedId = '' } = useParams()
  const run = findSavedRun(savedId)
  if (!run) return <SavedRunMissing />
  // Keyed: opening another file starts from a clean view, as moving to another worker does.
  return <SavedRunView key={savedId} savedId={savedId} run={run} />
}

function SavedRunView({ savedId, run }: { savedId: string; run: SavedRun }) {
  const { worker, task } = run
  const status = workerStatus(worker, task?.task.status)
  const taskIds = task && {
    workerId: parseId('worker', task.task.workerId),
    taskId: parseId('task', task.task.id),
  }
  return (
    <div className="space-y-6">
      <title>{`${run.fileName} (saved run) · Handinger Worker Inspector`}</title>
      <header className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
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
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div className="flex max-w-full min-w-0 items-center gap-2">
            <h1 className="min-w-0 truncate font-mono text-xl font-semibold" title={worker.id}>
              <span className="sr-only">Worker </span>
              <UntrustedText text={worker.id} placeholder="(no ID)" max={128} />
            </h1>
            <StatusBadge status={status} />
          </div>
          {!task && <UsageBadge usage={worker.usage} live={false} problems={run.problems} />}
          <span className="ml-auto flex flex-wrap items-center gap-2">
            <Link to={compareHref({ savedId }, null)} className={smallButton}>
              Compare with another run
            </Link>
            <OpenSavedRunButton label="Open another file…" />
          </span>
        </div>
      </header>
      {task && taskIds?.workerId && taskIds.taskId && (
        <TaskDetails
          task={task.task}
          turns={task.turns}
          workerId={taskIds.workerId}
          taskId={taskIds.taskId}
        />
      )}
      <PanelBar worker={worker} />
      <div id={PANELS_ROOT_ID} className="space-y-6">
        <WorkerPanels worker={worker} taskId={null} />
      </div>
    </div>
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
