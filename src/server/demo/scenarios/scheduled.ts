import { errorResponse } from '../responses'
import { type Scenario, workerResponse } from '../scenario'
import { pastWeekdayRuns } from '../worker-life/run-calendar'
import { scheduledRunSpec } from './scheduled-report'
import { isRunNumber, RUN_COUNT, runFacts, runTitle } from './scheduled-runs'

/*
 * wrk_demo-scheduled: a price watch that runs every weekday at 07:00 in Madrid. Its history of
 * RUN_COUNT runs always ends at the latest weekday morning of the demo's clock, so "last run this
 * morning" and "next run tomorrow" stay true whenever the demo is opened. Each run is a task of
 * its own (tsk_demo-scheduled-001 … -130, the newest last), built only when asked for.
 */
export const SCHEDULED_WORKER = 'wrk_demo-scheduled'
export const RUN_HOUR = 7
// Every run has long finished (and been delivered) this long after it started.
const SETTLED_MS = 5 * 60_000

const TASK_PREFIX = 'tsk_demo-scheduled-'

export function scheduledTaskId(run: number): string {
  return `${TASK_PREFIX}${String(run).padStart(3, '0')}`
}

/** The run a task ID names, or null. */
export function runOfTask(taskId: string): number | null {
  const match = /^tsk_demo-scheduled-(\d{3})$/.exec(taskId)
  const run = match ? Number(match[1]) : Number.NaN
  return isRunNumber(run) ? run : null
}

/** When each run started, oldest first: RUN_COUNT weekday mornings up to `now`. */
export function runStarts(now: number): number[] {
  return pastWeekdayRuns(now, RUN_COUNT, RUN_HOUR, SETTLED_MS)
}

/** When run `run` started (the hour, plus the scheduler's few seconds). */
export function runStartedAt(run: number, starts: number[]): number {
  return (starts[run - 1] ?? 0) + runFacts(run).startDelaySeconds * 1000
}

/** The task definition of a generated run, for the task endpoints (tasks.ts). */
export function scheduledTaskDef(taskId: string) {
  const run = runOfTask(taskId)
  if (run === null) return undefined
  return {
    workerId: SCHEDULED_WORKER,
    title: runTitle(run),
    triggeredBy: 'schedule' as const,
    shape: 'separate' as const,
  }
}

export function scheduledScenario(now: () => number): Scenario {
  return {
    handle(request) {
      const run = request.taskId === null ? RUN_COUNT : runOfTask(request.taskId)
      if (run === null) return errorResponse(404, 'Task not found')
      const spec = scheduledRunSpec(run, runStartedAt(run, runStarts(now())))
      return workerResponse(spec, request)
    },
    file: () => undefined,
  }
}
