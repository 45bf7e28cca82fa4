import type { Usage } from '@/api/schema'
import { formatCredits, formatDuration } from '@/lib/format'

export function UsageBadge({ usage }: { usage: Usage | null }) {
  const parts = [
    usage?.credits === undefined ? '' : formatCredits(usage.credits),
    usage?.durationMs === undefined ? '' : formatDuration(usage.durationMs),
  ].filter(Boolean)
  if (parts.length === 0) return null
  return (
    <span className="inline-flex items-center rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 tabular-nums dark:bg-slate-800 dark:text-slate-300">
      {parts.join(' · ')}
    </span>
  )
}
