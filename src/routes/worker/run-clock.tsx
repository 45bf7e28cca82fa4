import { Elapsed } from '@/components/ui/ticking-time'

/*
 * How long a live run has gone on by the wall clock, and from when. It says which clock it is:
 * the usage badge beside it shows Handinger's own run time, which can be hours or days less
 * (a long-running worker waits between its steps).
 */
export function RunClock({ from, since }: { from: Date; since: 'worker' | 'task' }) {
  return (
    <span className="text-sm whitespace-nowrap text-slate-700 dark:text-slate-300">
      Elapsed <Elapsed from={from} />{' '}
      <span className="text-slate-600 dark:text-slate-400">
        {since === 'task' ? 'since the task was created' : 'since created'}
      </span>
    </span>
  )
}
