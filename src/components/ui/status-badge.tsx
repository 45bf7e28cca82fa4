import type { RunStatus, RunStatusKey } from '@/api/worker/status'

const TONES: Record<RunStatusKey, { badge: string; dot: string }> = {
  pending: {
    badge:
      'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/30',
    dot: 'bg-amber-500 dark:bg-amber-400',
  },
  running: {
    badge:
      'bg-sky-50 text-sky-900 ring-sky-300 dark:bg-sky-400/10 dark:text-sky-200 dark:ring-sky-400/30',
    dot: 'bg-sky-600 dark:bg-sky-400',
  },
  completed: {
    badge:
      'bg-emerald-50 text-emerald-900 ring-emerald-300 dark:bg-emerald-400/10 dark:text-emerald-200 dark:ring-emerald-400/30',
    dot: 'bg-emerald-600 dark:bg-emerald-400',
  },
  failed: {
    badge:
      'bg-rose-50 text-rose-900 ring-rose-300 dark:bg-rose-400/10 dark:text-rose-200 dark:ring-rose-400/30',
    dot: 'bg-rose-600 dark:bg-rose-400',
  },
  incomplete: {
    badge:
      'bg-amber-50 text-amber-900 ring-amber-400 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/40',
    dot: 'bg-amber-600 dark:bg-amber-400',
  },
  aborted: {
    badge:
      'bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-400/10 dark:text-slate-200 dark:ring-slate-400/30',
    dot: 'bg-slate-500 dark:bg-slate-400',
  },
  unknown: {
    badge:
      'bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-400/10 dark:text-slate-200 dark:ring-slate-400/30',
    dot: 'bg-slate-400 dark:bg-slate-500',
  },
}

/*
 * A running run's dot pulses a few times when it starts to run, then holds still: an animation
 * that never ends wakes the page's main thread every frame for as long as the tab stays open
 * (and every iteration fires an event), which costs more than the rest of a quiet page.
 */
const PULSES = 3

/** A run's status as a coloured chip; the text always says it, colour only repeats it. */
export function StatusBadge({ status }: { status: RunStatus }) {
  const tone = TONES[status.key]
  const running = status.key === 'running'
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tone.badge}`}
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${tone.dot} ${running ? 'motion-safe:animate-pulse' : ''}`}
        style={running ? { animationIterationCount: PULSES } : undefined}
      />
      {status.label}
    </span>
  )
}
