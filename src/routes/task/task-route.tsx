import { WorkerRoute } from '@/routes/worker/worker-route'
import { TaskSection } from './task-section'

/** `/workers/:workerId/tasks/:taskId`: the task itself, then the worker view of that task. */
export function TaskRoute() {
  return (
    <div className="space-y-6">
      <TaskSection />
      <WorkerRoute />
    </div>
  )
}
