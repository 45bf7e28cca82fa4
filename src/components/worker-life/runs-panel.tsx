import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { WebhookExecution } from '@/api/worker-life/execution-schema'
import { isCreatorOnly, lifeQueries } from '@/api/worker-life/queries'
import { EmptyState, Panel } from '@/components/ui/panel'
import { smallButton } from '@/components/ui/styles'
import type { TaskId, WorkerId } from '@/shared/ids'
import { ComparePick, type PickedRun, pickedRun } from './compare-pick'
import { ListPending, LoadProblem } from './load-problem'
import { Pager } from './pager'
import { RUN_COLUMNS, RunRow } from './run-row'
import { FillContext, useFillTools } from './use-task-fill'

/*
 * The worker's past runs, newest first, from its webhook delivery log: the only list of them
 * the API offers. Fifty a page; each row's task status and credits are read only once the row
 * is in view, a few at a time (useTaskFill).
 */
export function RunsPanel({
  workerId,
  currentTaskId,
}: {
  workerId: WorkerId
  currentTaskId: TaskId | null
}) {
  const [page, setPage] = useState(1)
  const [picked, setPicked] = useState<PickedRun[]>([])
  const query = useQuery({
    ...lifeQueries.executions(workerId, page),
    placeholderData: keepPreviousData,
  })
  const fill = useFillTools()
  const toggle = useCallback((log: WebhookExecution) => {
    const run = pickedRun(log)
    if (!run) return
    setPicked((runs) =>
      runs.some((r) => r.taskId === run.taskId)
        ? runs.filter((r) => r.taskId !== run.taskId)
        : runs.length < 2
          ? [...runs, run]
          : runs,
    )
  }, [])
  const data = query.data
  const creatorOnly = isCreatorOnly(query.error)
  const actions =
    data && data.logs.length > 0 && !creatorOnly ? (
      <ComparePick workerId={workerId} picked={picked} onClear={() => setPicked([])} />
    ) : undefined

  return (
    <Panel
      title="Runs"
      count={creatorOnly ? undefined : (data?.totalCount ?? undefined)}
      actions={actions}
    >
      {query.isError && (creatorOnly || !data) ? (
        <div className="space-y-3">
          <LoadProblem error={query.error} what="runs" onRetry={() => void query.refetch()} />
          {page > 1 && !creatorOnly && (
            <button type="button" onClick={() => setPage(1)} className={smallButton}>
              Back to the newest runs
            </button>
          )}
        </div>
      ) : !data ? (
        <ListPending label="runs" />
      ) : data.logs.length === 0 && page === 1 ? (
        <EmptyState>
          No runs recorded. Handinger lists a worker's past runs through its webhook deliveries, so
          runs show here once the worker has a webhook.
        </EmptyState>
      ) : (
        <div className="-mx-4 -my-4 space-y-0">
          <div
            aria-hidden="true"
            className={`hidden border-b border-slate-200 px-4 py-2 text-xs font-medium text-slate-600 dark:border-slate-800 dark:text-slate-400 ${RUN_COLUMNS}`}
          >
            <span />
            <span>Run · task status</span>
            <span>When</span>
            <span>Webhook delivery</span>
            <span>Error</span>
          </div>
          <FillContext value={fill}>
            <ol
              aria-label={`Runs, page ${data.page}`}
              aria-busy={query.isPlaceholderData}
              className="divide-y divide-slate-200 dark:divide-slate-800"
            >
              {data.logs.map((log, index) => (
                <RunRow
                  // The log's own ids may repeat; a row's place on its page does not.
                  key={`${data.page}-${index}`}
                  log={log}
                  workerId={workerId}
                  current={log.taskId !== null && log.taskId === currentTaskId}
                  selected={picked.some((run) => run.taskId === log.taskId)}
                  selectable={picked.length < 2}
                  onToggle={toggle}
                />
              ))}
            </ol>
          </FillContext>
          {data.unreadable > 0 && (
            <p className="px-4 pt-2 text-xs text-slate-600 dark:text-slate-400">
              {data.unreadable} {data.unreadable === 1 ? 'entry' : 'entries'} of this page could not
              be read and {data.unreadable === 1 ? 'is' : 'are'} not shown.
            </p>
          )}
          <div className="border-t border-slate-200 px-4 py-3 dark:border-slate-800">
            <Pager
              page={page}
              pageCount={Math.max(data.pageCount, page)}
              busy={query.isPlaceholderData}
              label="Pages of runs"
              onPage={setPage}
            />
          </div>
        </div>
      )}
    </Panel>
  )
}
