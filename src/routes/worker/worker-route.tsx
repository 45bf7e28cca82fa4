import { type QueryKey, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { workerQueries } from '@/api/worker/queries'
import { rememberRecent } from '@/components/open-run/recent-workers'
import { DataNoteLine, RequestFailed, Retrying } from './request-status'
import { type DataNote, deriveView, isRefreshing } from './view-state'
import { useLastUpdate } from './last-updated'
import { WorkerHeader } from './worker-header'
import { PANELS_ROOT_ID, PanelBar } from './panel-bar'
import { useDeepLink } from './use-deep-link'
import { type RunIds, useRunIds } from './worker-loader'
import { WorkerPanels } from './worker-panels'
import { useWatchedQuery } from '@/api/live-stream'
import { useWatchControls } from '@/app/watch-store'
import { WorkerSkeleton } from './worker-skeleton'
import { refreshWorkerLife } from '@/api/worker-life/keys'
import { WorkerLifeSlot } from './worker-life-slot'

export function WorkerRoute() {
  const { workerId, taskId } = useRunIds()
  // Keyed so that moving to another worker or task starts from a clean view.
  return <WorkerView key={`${workerId}/${taskId}`} workerId={workerId} taskId={taskId} />
}

/*
 * Renders only when what the page shows changes. It reads neither the fetch state nor the time
 * of the last update (see QueryState), and every prop it passes down is stable, so a poll that
 * brings nothing new (the same worker object, see apiFetch's reuseUnchanged) renders only the
 * "Updated" line.
 */
function WorkerView({ workerId, taskId }: RunIds) {
  const client = useQueryClient()
  const query = useWatchedQuery(
    workerQueries.detail(workerId, taskId),
    workerQueries.live(workerId, taskId),
    useWatchControls(),
  )
  const view = deriveView(query)
  const loaded = view.kind === 'data'
  const queryKey = useMemo(
    () => workerQueries.detail(workerId, taskId).queryKey,
    [workerId, taskId],
  )
  const { refetch } = query
  const refresh = useCallback(() => {
    // The worker's runs, schedules and webhook come along (only those on screen are asked).
    void refreshWorkerLife(client, workerId)
    const state = client.getQueryState(queryKey)
    // The request under way brings the newest data; starting over would only throw it away.
    if (state && isRefreshing(state)) return
    void refetch()
  }, [client, queryKey, refetch, workerId])
  // The worker's runs and schedules wait until the run's own panels are on screen.
  const [panelsShown, setPanelsShown] = useState(false)
  const markPanelsShown = useCallback(() => setPanelsShown(true), [])
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
            onResume={view.resumable ? refresh : undefined}
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
      {view.note && (
        <NoteAboveData
          note={view.note}
          queryKey={queryKey}
          workerId={workerId}
          taskId={taskId}
          onResume={refresh}
        />
      )}
      <WorkerHeader
        worker={worker}
        workerId={workerId}
        taskId={taskId}
        problems={problems}
        note={view.note?.kind ?? null}
        queryKey={queryKey}
        onRefresh={refresh}
      />
      <PanelBar worker={worker} />
      <div id={PANELS_ROOT_ID} className="space-y-6">
        <WorkerPanels worker={worker} taskId={taskId} onShown={markPanelsShown} />
      </div>
      {panelsShown && <WorkerLifeSlot worker={worker} workerId={workerId} taskId={taskId} />}
    </div>
  )
}

/** The note says how old the data on screen is; only a note on screen follows that time. */
function NoteAboveData({
  queryKey,
  ...props
}: {
  note: DataNote
  queryKey: QueryKey
  workerId: string
  taskId: string | null
  onResume: () => void
}) {
  return <DataNoteLine {...props} updatedAt={useLastUpdate(queryKey)} />
}
