import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { type RunSide, buildRunSide, primaryRead } from '@/api/compare/run-side'
import { taskQueries } from '@/api/task/queries'
import { workerQueries } from '@/api/worker/queries'
import type { RunRef } from '@/config/paths'
import { deriveView } from '@/routes/worker/view-state'

/*
 * One side of the page: its two reads, loaded, polled, retried and failed on their own, so a
 * side that fails leaves the other one usable. What the side cannot show without (the run for a
 * whole task, the task for a turn) decides its state; the other read only adds to it.
 */
export type SideView =
  | { kind: 'loading'; offline: boolean }
  | { kind: 'retrying'; reason: unknown; failures: number; retryAt: number | null }
  | { kind: 'failed'; error: unknown }
  | { kind: 'no-turn'; seq: number; turnCount: number }
  | { kind: 'other-worker'; workerId: string }
  /** A run opened from a file that this tab no longer has (another tab, or after sign-out). */
  | { kind: 'saved-missing' }
  | {
      kind: 'ready'
      side: RunSide
      /** The other read failed: the side shows, with less. */
      extraFailed: { read: 'run' | 'task'; error: unknown } | null
    }

export function useRunSide(ref: RunRef): { view: SideView; retry: () => void } {
  const run = useQuery(workerQueries.detail(ref.workerId, ref.taskId))
  const task = useQuery(taskQueries.detail(ref.taskId))
  const primary = primaryRead(ref.turn ?? null)
  const main = primary === 'run' ? deriveView(run) : deriveView(task)
  const extra = primary === 'run' ? task : run
  const { refetch: refetchRun } = run
  const { refetch: refetchTask } = task
  const retry = useCallback(() => {
    void refetchRun()
    void refetchTask()
  }, [refetchRun, refetchTask])

  let view: SideView
  if (main.kind === 'loading') view = main
  else if (main.kind === 'retrying') view = main
  else if (main.kind === 'failed') view = { kind: 'failed', error: main.error }
  else {
    const build = buildRunSide({
      workerId: ref.workerId,
      turn: ref.turn ?? null,
      run: run.data?.worker,
      task: task.data,
    })
    view =
      build.kind === 'ready'
        ? {
            kind: 'ready',
            side: build.side,
            extraFailed:
              extra.isError && extra.data === undefined
                ? { read: primary === 'run' ? 'task' : 'run', error: extra.error }
                : null,
          }
        : build.kind === 'waiting'
          ? { kind: 'loading', offline: false }
          : build
  }
  return { view, retry }
}
