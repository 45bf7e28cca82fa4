import type { ReactNode } from 'react'
import { SkeletonPanel, skeletonBlock } from '@/components/ui/skeleton'

/** `note`: the retry or offline message to show above the grey frame, when there is one. */
type Props = { note: ReactNode }

const block = skeletonBlock

/**
 * The first load: the frame of the worker view at once (header, answer, conversation, side
 * panels) in grey, with the retry or offline note above it when there is one.
 */
export function WorkerSkeleton({ note }: Props) {
  return (
    <div className="space-y-6" aria-busy="true">
      {note ?? (
        <p role="status" className="sr-only">
          Loading worker…
        </p>
      )}
      <div aria-hidden="true" className="space-y-6">
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <div className="flex flex-wrap items-center gap-4">
            <div className={`h-7 w-64 ${block}`} />
            <div className={`h-6 w-24 rounded-full ${block}`} />
            <div className={`h-6 w-36 ${block}`} />
          </div>
          <div className={`h-6 w-3/4 ${block}`} />
          <div className={`h-4 w-1/2 ${block}`} />
        </div>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="space-y-6">
            <SkeletonPanel lines={6} />
            <SkeletonPanel lines={4} />
          </div>
          <div className="space-y-6">
            <SkeletonPanel lines={3} />
            <SkeletonPanel lines={2} />
            <SkeletonPanel lines={2} />
          </div>
        </div>
      </div>
    </div>
  )
}
