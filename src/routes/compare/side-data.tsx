import { type ReactNode, useMemo } from 'react'
import { buildRunSide } from '@/api/compare/run-side'
import { findSavedRun } from '@/api/saved-run/saved-runs'
import { type CompareSide, type SavedRef, isSavedRef } from '@/config/paths'
import { type SideView, useRunSide } from './use-run-side'

export type LoadedSide = { view: SideView; retry: () => void }

/*
 * What one side shows, whichever kind it is: a run read from Handinger (its queries, polled and
 * retried on their own) or a run opened from a file in this tab (read once, never fetched).
 * Render props, so each kind keeps its own hooks.
 */
export function SideData({
  side,
  children,
}: {
  side: CompareSide
  children: (loaded: LoadedSide) => ReactNode
}) {
  return isSavedRef(side) ? (
    <SavedSideData side={side}>{children}</SavedSideData>
  ) : (
    <RunSideData side={side}>{children}</RunSideData>
  )
}

function RunSideData({
  side,
  children,
}: {
  side: Exclude<CompareSide, SavedRef>
  children: (loaded: LoadedSide) => ReactNode
}) {
  return children(useRunSide(side))
}

const nothingToRetry = () => {}

function SavedSideData({
  side,
  children,
}: {
  side: SavedRef
  children: (loaded: LoadedSide) => ReactNode
}) {
  const view = useMemo(() => savedSideView(side.savedId), [side.savedId])
  return children({ view, retry: nothingToRetry })
}

export function savedSideView(savedId: string): SideView {
  const saved = findSavedRun(savedId)
  if (!saved) return { kind: 'saved-missing' }
  const { worker, task } = saved
  const build = buildRunSide({
    workerId: worker.id,
    turn: null,
    run: worker,
    task: task ? { ...task, shape: 'embedded' } : undefined,
  })
  return build.kind === 'ready'
    ? { kind: 'ready', side: build.side, extraFailed: null }
    : build.kind === 'waiting'
      ? { kind: 'saved-missing' }
      : build
}
