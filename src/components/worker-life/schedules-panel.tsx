import type { UseQueryResult } from '@tanstack/react-query'
import type { WorkerSchedule, WorkerSchedules } from '@/api/worker-life/schedule-schema'
import { isCreatorOnly } from '@/api/worker-life/queries'
import { EmptyState, Panel } from '@/components/ui/panel'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { ClippedText } from './clipped-text'
import { ListPending, LoadProblem } from './load-problem'
import { RelativeTime } from './relative-time'
import { type WordingContext, describeSchedule } from './schedule-wording'
import { readerTimeZone } from './zoned-time'

/** What the worker will do: each schedule in words, the input it will send and its budget. */
export function SchedulesPanel({ query }: { query: UseQueryResult<WorkerSchedules> }) {
  const data = query.data
  const creatorOnly = isCreatorOnly(query.error)
  return (
    <Panel title="Schedules" count={creatorOnly ? undefined : data?.schedules.length}>
      {query.isError && (creatorOnly || !data) ? (
        <LoadProblem error={query.error} what="schedules" onRetry={() => void query.refetch()} />
      ) : !data ? (
        <ListPending label="schedules" lines={2} />
      ) : data.schedules.length === 0 ? (
        <EmptyState>No schedules: this worker runs only when something asks it to.</EmptyState>
      ) : (
        <ul className="-my-4 divide-y divide-slate-200 dark:divide-slate-800">
          {data.schedules.map((schedule, index) => (
            // Schedules never reorder within one answer; their ids come from the API.
            <ScheduleItem
              key={index}
              schedule={schedule}
              context={{ timezone: data.timezone, readerZone: readerTimeZone() }}
            />
          ))}
        </ul>
      )}
    </Panel>
  )
}

function ScheduleItem({
  schedule,
  context,
}: {
  schedule: WorkerSchedule
  context: WordingContext
}) {
  const wording = describeSchedule(schedule, context)
  return (
    <li className="space-y-2 py-4 text-sm">
      <p className="font-medium text-slate-900 dark:text-slate-100">
        <UntrustedText text={wording.summary} max={300} />
        {schedule.nextRunAt !== null && (
          <span className="font-normal text-slate-700 dark:text-slate-300">
            {' · next '}
            <RelativeTime at={schedule.nextRunAt} kind="until" title={wording.exact ?? undefined} />
          </span>
        )}
      </p>
      {wording.unreadableCron !== null && (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          Cron expression, as written:{' '}
          <code className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">
            <UntrustedText text={wording.unreadableCron} max={120} />
          </code>
        </p>
      )}
      {wording.exact && (
        <p className="text-xs text-slate-600 tabular-nums dark:text-slate-400">
          Next run: {wording.exact}
        </p>
      )}
      <p className="text-xs text-slate-700 dark:text-slate-300">
        Budget: {schedule.budget ? <UntrustedText text={schedule.budget} max={40} /> : 'not stated'}
      </p>
      {schedule.input ? (
        <div className="space-y-1">
          <p className="text-xs text-slate-700 dark:text-slate-300">Input it will send:</p>
          <ClippedText text={schedule.input} label="the input" />
        </div>
      ) : (
        <p className="text-xs text-slate-600 italic dark:text-slate-400">No input stated.</p>
      )}
    </li>
  )
}
