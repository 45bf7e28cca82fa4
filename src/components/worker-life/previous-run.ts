import type { ExecutionsPage } from '@/api/worker-life/execution-schema'
import type { TaskId } from '@/shared/ids'

/** How deep the log is searched for a run and the one before it: 250 deliveries. */
export const PREVIOUS_RUN_PAGES = 5

export type PreviousRunSearch =
  | { state: 'found'; taskId: TaskId }
  /** The run is not in the log searched, or nothing older with a task follows it. */
  | { state: 'none' }
  /** The answer needs this page of the log (1-based), not read yet. */
  | { state: 'need'; page: number }

/*
 * The run before `taskId`: the next older delivery in the log (newest first) that names
 * another task. `pages[i]` is page i + 1 of the log, or undefined when not read yet.
 */
export function findPreviousRun(
  pages: ReadonlyArray<ExecutionsPage | undefined>,
  taskId: TaskId,
): PreviousRunSearch {
  let seen = false
  for (let index = 0; index < PREVIOUS_RUN_PAGES; index += 1) {
    const page = pages[index]
    if (!page) return { state: 'need', page: index + 1 }
    for (const log of page.logs) {
      if (log.taskId === taskId) seen = true
      else if (seen && log.taskId) return { state: 'found', taskId: log.taskId }
    }
    if (index + 1 >= page.pageCount) break
  }
  return { state: 'none' }
}
