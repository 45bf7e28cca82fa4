import { useQueries, useQueryClient } from '@tanstack/react-query'
import { memo, useEffect, useRef } from 'react'
import { refreshWorkerLife } from '@/api/worker-life/keys'
import { isCreatorOnly, lifeQueries } from '@/api/worker-life/queries'
import { panelAnchor } from '@/components/panels/panel-anchors'
import { Panel } from '@/components/ui/panel'
import { PanelBoundary } from '@/components/ui/panel-boundary'
import type { TaskId, WorkerId } from '@/shared/ids'
import { CreatorOnlyNote } from './creator-only-note'
import { RunsPanel } from './runs-panel'
import { SchedulesPanel } from './schedules-panel'
import { WebhookPanel } from './webhook-panel'

export type WorkerLifeProps = {
  workerId: WorkerId
  /** The task the page shows (its row is marked), or null for the worker's latest run. */
  taskId: TaskId | null
  /** Whether the run on the page is still going: when it ends, there is a new run to list. */
  live: boolean
}

/*
 * The worker beyond the run on screen: what it has done (its runs), what it will do (its
 * schedules), and where it reports (its webhook). Loaded after the run's panels, on its own.
 * Memoized: a poll of a running worker renders the page, not these fifty rows.
 */
export const WorkerLifeSection = memo(function WorkerLifeSection({
  workerId,
  taskId,
  live,
}: WorkerLifeProps) {
  useRefreshWhenFinished(workerId, live)
  const [firstPage, schedules, webhook] = useQueries({
    queries: [
      lifeQueries.executions(workerId, 1),
      lifeQueries.schedules(workerId),
      lifeQueries.webhook(workerId),
    ],
  })
  // The three reads share one rule (creator only): one refusal says it for all, once.
  if ([firstPage, schedules, webhook].some((query) => isCreatorOnly(query.error))) {
    return (
      <div id={panelAnchor.runs}>
        <span id={panelAnchor.schedules} />
        <span id={panelAnchor.webhook} />
        <Panel title="Runs, schedules and webhook">
          <CreatorOnlyNote />
        </Panel>
      </div>
    )
  }
  return (
    <div className="space-y-6">
      <div id={panelAnchor.runs}>
        <PanelBoundary name="Runs" raw={firstPage.data ?? null}>
          <RunsPanel workerId={workerId} currentTaskId={taskId} />
        </PanelBoundary>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div id={panelAnchor.schedules} className="min-w-0">
          <PanelBoundary name="Schedules" raw={schedules.data ?? null}>
            <SchedulesPanel query={schedules} />
          </PanelBoundary>
        </div>
        <div id={panelAnchor.webhook} className="min-w-0">
          <PanelBoundary name="Webhook" raw={webhook.data ?? null}>
            <WebhookPanel workerId={workerId} webhook={webhook} firstPage={firstPage} />
          </PanelBoundary>
        </div>
      </div>
    </div>
  )
})

/** A run that ends has just been delivered (or failed to be): the log and schedules move on. */
function useRefreshWhenFinished(workerId: WorkerId, live: boolean) {
  const client = useQueryClient()
  const wasLive = useRef(live)
  useEffect(() => {
    if (wasLive.current && !live) void refreshWorkerLife(client, workerId)
    wasLive.current = live
  }, [client, workerId, live])
}
