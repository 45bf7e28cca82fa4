import type { WorkerStatus } from '@/api/schema'

const STYLES = {
  pending: {
    label: 'Pending',
    badge: 'bg-amber-50 text-amber-900 ring-amber-300',
    dot: 'bg-amber-500',
  },
  running: { label: 'Running', badge: 'bg-sky-50 text-sky-900 ring-sky-300', dot: 'bg-sky-600' },
  completed: {
    label: 'Completed',
    badge: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
    dot: 'bg-emerald-600',
  },
} as const

/* `running` wins over `status`: the API can report a stale status while the run is still going. */
export function StatusBadge({ status, running }: { status: WorkerStatus; running: boolean }) {
  const key = running ? 'running' : STYLES[status] ? status : 'completed'
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
