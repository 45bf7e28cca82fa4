import type { ReactNode } from 'react'
import type { Task, Turn } from '@/api/task/schema'
import type { Worker } from '@/api/worker/schema'
import { workerStatus } from '@/api/worker/status'
import { StatusBadge } from '@/components/ui/status-badge'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { UsageBadge } from '@/components/ui/usage-badge'
import { parseId } from '@/shared/ids'
import { TaskDetails } from '@/routes/task/task-section'
import { PANELS_ROOT_ID, PanelBar } from '@/routes/worker/panel-bar'
import { WorkerPanels } from '@/routes/worker/worker-panels'

/** A run the page already holds in full: nothing is asked of the API to show it. */
export type FrozenRun = {
  worker: Worker
  problems: string[]
  task: { task: Task; turns: Turn[] } | null
}

type Props = {
  run: FrozenRun
  /** What this copy is and where it came from (a file, a snapshot link). */
  banner: ReactNode
  /** Buttons at the end of the title line. */
  actions?: ReactNode
}

/**
 * A run shown read-only, with every panel and search: the view of a saved file and of a
 * snapshot link. It never polls; what it shows does not change.
 */
export function FrozenRunView({ run, banner, actions }: Props) {
  const { worker, task } = run
  const status = workerStatus(worker, task?.task.status)
  const taskIds = task && {
    workerId: parseId('worker', task.task.workerId),
    taskId: parseId('task', task.task.id),
  }
  return (
    <div className="space-y-6">
      <header className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        {banner}
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div className="flex max-w-full min-w-0 items-center gap-2">
            <h1 className="min-w-0 truncate font-mono text-xl font-semibold" title={worker.id}>
              <span className="sr-only">Worker </span>
              <UntrustedText text={worker.id} placeholder="(no ID)" max={128} />
            </h1>
            <StatusBadge status={status} />
          </div>
          {!task && <UsageBadge usage={worker.usage} live={false} problems={run.problems} />}
          {actions && <span className="ml-auto flex flex-wrap items-center gap-2">{actions}</span>}
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
