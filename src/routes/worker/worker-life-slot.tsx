import { Suspense, lazy } from 'react'
import type { Worker } from '@/api/worker/schema'
import { panelAnchor } from '@/components/panels/panel-anchors'
import type { TaskId, WorkerId } from '@/shared/ids'
import { useRunStatus } from './use-run-status'

// The worker's runs, schedules and webhook are not the first screen: their code (and the cron
// wording) loads only once the run's panels are shown (see WorkerView).
const WorkerLifeSection = lazy(() =>
  import('@/components/worker-life/worker-life-section').then((m) => ({
    default: m.WorkerLifeSection,
  })),
)

/** Below the run's panels: what the worker has done and will do. */
export function WorkerLifeSlot({
  worker,
  workerId,
  taskId,
}: {
  worker: Worker
  workerId: WorkerId
  taskId: TaskId | null
}) {
  const { active } = useRunStatus(worker, taskId).status
  return (
    <Suspense fallback={<LifePending />}>
      <WorkerLifeSection workerId={workerId} taskId={taskId} live={active} />
    </Suspense>
  )
}

/* Where the section will be, with its anchors, so a jump from the panel bar lands already. */
function LifePending() {
  return (
    <div
      id={panelAnchor.runs}
      aria-busy="true"
      className="h-40 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <span id={panelAnchor.schedules} />
      <span id={panelAnchor.webhook} />
      <p className="border-b border-slate-200 px-4 py-3 text-sm font-semibold text-slate-900 dark:border-slate-800 dark:text-slate-100">
        Runs
      </p>
    </div>
  )
}
