import { useQueries, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { lifeQueries } from '@/api/worker-life/queries'
import { textLink } from '@/components/ui/styles'
import { compareHref } from '@/config/paths'
import type { TaskId, WorkerId } from '@/shared/ids'
import { PREVIOUS_RUN_PAGES, findPreviousRun } from './previous-run'

const PAGES = Array.from({ length: PREVIOUS_RUN_PAGES }, (_, index) => index + 1)

/*
 * On a task page: "Compare with the previous run", once the delivery log shows one. The log's
 * first page is not asked for here but waited for: the runs section reads it once the run's
 * panels are shown, so this link never slows the first screen. Later pages are read only when
 * the run is not on the first one, one at a time.
 */
export function PreviousRunLink({ workerId, taskId }: { workerId: WorkerId; taskId: TaskId }) {
  const client = useQueryClient()
  const cached = PAGES.map((page) =>
    client.getQueryData(lifeQueries.executions(workerId, page).queryKey),
  )
  const before = findPreviousRun(cached, taskId)
  const needed = before.state === 'need' ? before.page : null
  const pages = useQueries({
    queries: PAGES.map((page) => ({
      ...lifeQueries.executions(workerId, page),
      enabled: page > 1 && page === needed,
    })),
  })
  // Read through the queries, so the link appears as soon as the page it needs arrives.
  const search = findPreviousRun(
    pages.map((page) => page.data),
    taskId,
  )
  if (search.state !== 'found') return null
  return (
    <Link
      to={compareHref({ workerId, taskId: search.taskId }, { workerId, taskId })}
      className={`text-sm ${textLink}`}
    >
      Compare with the previous run
    </Link>
  )
}
