import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useParams } from 'react-router'
import { ApiError } from '@/api/api-error'
import { workerQueries } from '@/api/queries'
import { isValidId } from '@/shared/ids'
import { rememberRecent } from '@/lib/storage'
import { RequestFailed, Retrying, StaleNote } from './request-status'
import { WorkerHeader } from './worker-header'
import { PANELS_ROOT_ID, PanelBar } from './panel-bar'
import { useDeepLink } from './use-deep-link'
import { WorkerPanels } from './worker-panels'

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
  const query = useQuery(workerQueries.detail(workerId, taskId))
  const loaded = query.data !== undefined
  useDeepLink(query.data?.worker)

  useEffect(() => {
    if (loaded) rememberRecent({ workerId, taskId })
  }, [loaded, workerId, taskId])

  const title = `${taskId ? `Task ${taskId}` : `Worker ${workerId}`} · Handinger Worker Inspector`

  if (!query.data) {
    return (
      <>
        <title>{title}</title>
        {query.isError ? (
          <RequestFailed error={query.error} workerId={workerId} taskId={taskId} />
        ) : (
          <Retrying
            reason={query.failureReason}
            failures={query.failureCount}
            offline={query.fetchStatus === 'paused'}
          />
        )}
      </>
    )
  }

  const { worker, problems } = query.data
  return (
    <div className="space-y-6">
      <title>{title}</title>
      <StaleNote
        error={
          query.isError ? query.error : persistentFailure(query.failureReason, query.failureCount)
        }
        updatedAt={query.dataUpdatedAt}
        offline={query.fetchStatus === 'paused'}
      />
      <WorkerHeader
        worker={worker}
        workerId={workerId}
        taskId={taskId}
        problems={problems}
        updatedAt={query.dataUpdatedAt}
        // While a failed refresh waits to retry, the button stays usable to retry at once.
        fetching={query.isFetching && query.failureCount === 0}
        onRefresh={() => void query.refetch()}
      />
      <PanelBar worker={worker} />
      <div id={PANELS_ROOT_ID} className="space-y-6">
        <WorkerPanels worker={worker} />
      </div>
    </div>
  )
}

/*
 * One failed poll that the next retry fixes is not worth an alarm on a flaky network: the note
 * appears once a retry has failed too. Final errors (isError) show at once.
 */
function persistentFailure(reason: unknown, failures: number): unknown {
  return failures >= 2 ? reason : null
}
