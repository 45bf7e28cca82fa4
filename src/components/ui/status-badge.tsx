import type { WorkerStatus } from '@/api/schema'

const STYLES = {
  pending: {
    label: 'Pending',
    badge:
      'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/30',
    dot: 'bg-amber-500 dark:bg-amber-400',
  },
  running: {
    label: 'Running',
    badge:
      'bg-sky-50 text-sky-900 ring-sky-300 dark:bg-sky-400/10 dark:text-sky-200 dark:ring-sky-400/30',
    dot: 'bg-sky-600 dark:bg-sky-400',
  },
  completed: {
    label: 'Completed',
    badge:
      'bg-emerald-50 text-emerald-900 ring-emerald-300 dark:bg-emerald-400/10 dark:text-emerald-200 dark:ring-emerald-400/30',
    dot: 'bg-emerald-600 dark:bg-emerald-400',
  },
  unknown: {
    label: 'Unknown status',
    badge:
      'bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-400/10 dark:text-slate-200 dark:ring-slate-400/30',
    dot: 'bg-slate-500 dark:bg-slate-400',
  },
} as const

/* `running` wins over `status`: the API can report a stale status while the run is still going. */
export function StatusBadge({ status, running }: { status: WorkerStatus; running: boolean }) {
  const key = running ? 'running' : STYLES[status] ? status : 'unknown'
  const style = STYLES[key]
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${style.badge}`}
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${style.dot} ${key === 'running' ? 'motion-safe:animate-pulse' : ''}`}
      />
      {style.label}
    </span>
  )
}
