/** Grey placeholders for what is still loading (the worker view's skeleton, the first screen). */
export const skeletonBlock =
  'rounded-md bg-slate-200/70 motion-safe:animate-pulse dark:bg-slate-800'

export function SkeletonPanel({ lines }: { lines: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <div className={`h-4 w-28 ${skeletonBlock}`} />
      </div>
      <div className="space-y-2 p-4">
        {Array.from({ length: lines }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholder lines
          <div key={i} className={`h-3 ${i === lines - 1 ? 'w-2/3' : 'w-full'} ${skeletonBlock}`} />
        ))}
      </div>
    </div>
  )
}
