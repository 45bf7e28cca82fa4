import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useParams } from 'react-router'
import { ApiError } from '@/api/api-error'
import { workerQueries } from '@/api/queries'
import { isValidId } from '@/shared/ids'
import { rememberRecent } from '@/lib/storage'
import { DataNoteLine, RequestFailed, Retrying } from './request-status'
import { deriveView } from './view-state'
import { WorkerHeader } from './worker-header'
import { PANELS_ROOT_ID, PanelBar } from './panel-bar'
import { useDeepLink } from './use-deep-link'
import { WorkerPanels } from './worker-panels'
import { applyWatch, useWatchControls } from './watch-controls'
import { WorkerSkeleton } from './worker-skeleton'

export function WorkerRoute() {
  const { workerId, taskId } = useParams()
  if (!isValidId(workerId) || (taskId !== undefined && !isValidId(taskId))) {
    const error = new ApiError(
      'invalid-id',
      'IDs use only letters, digits, "-" and "_", so this address cannot name a worker.',
    )
    return <RequestFailed error={error} />
  }
  // Keyed so that moving to another worker or task starts from a clean view.
  return <WorkerView key={`${workerId}/${taskId}`} workerId={workerId} taskId={taskId ?? null} />
}

function WorkerView({ workerId, taskId }: { workerId: string; taskId: string | null }) {
  const query = useQuery(applyWatch(workerQueries.detail(workerId, taskId), useWatchControls()))
  const view = deriveView(query)
  const loaded = view.kind === 'data'
  const resume = () => void query.refetch()
  useDeepLink(query.data?.worker)

  useEffect(() => {
    if (loaded) rememberRecent({ workerId, taskId })
  }, [loaded, workerId, taskId])

  const title = `${taskId ? `Task ${taskId}` : `Worker ${workerId}`} · Handinger Worker Inspector`

  if (view.kind !== 'data') {
    return (
      <>
        <title>{title}</title>
        {view.kind === 'failed' ? (
          <RequestFailed
            error={view.error}
            workerId={workerId}
            taskId={taskId}
            onResume={view.resumable ? resume : undefined}
          />
        ) : (
          <WorkerSkeleton
            note={
              view.kind === 'retrying' || view.offline ? (
                <Retrying
                  reason={view.kind === 'retrying' ? view.reason : null}
                  failures={view.kind === 'retrying' ? view.failures : 0}
                  retryAt={view.kind === 'retrying' ? view.retryAt : null}
                  offline={view.offline}
                  workerId={workerId}
                  taskId={taskId}
                />
              ) : null
            }
          />
        )}
      </>
    )
  }

  const { worker, problems } = view.data
  return (
    <div className="space-y-6">
      <DataNoteLine
        note={view.note}
        updatedAt={view.updatedAt}
        workerId={workerId}
        taskId={taskId}
        onResume={resume}
      />
      <WorkerHeader
        worker={worker}
        workerId={workerId}
        taskId={taskId}
        problems={problems}
        updatedAt={view.updatedAt}
        // While a failed refresh waits to retry, the button stays usable to retry at once.
        fetching={view.refreshing}
        onRefresh={() => void query.refetch()}
      />
      <PanelBar worker={worker} />
      <div id={PANELS_ROOT_ID} className="space-y-6">
        <WorkerPanels worker={worker} />
      </div>
    </div>
  )
}
