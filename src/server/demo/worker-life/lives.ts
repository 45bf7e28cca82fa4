import { SCHEDULED_WORKER } from '../scenarios/scheduled'
import { scheduledLife } from '../scenarios/scheduled-life'
import { NOT_CREATOR, type WorkerLife } from './worker-life'

/** The demo workers whose life routes say more than "no webhook, no schedules". */
export function createWorkerLives(now: () => number): ReadonlyMap<string, WorkerLife> {
  return new Map<string, WorkerLife>([
    [SCHEDULED_WORKER, scheduledLife(now)],
    // Someone else's worker: its runs are readable, its webhook and schedules are not.
    ['wrk_demo-followups', NOT_CREATOR],
  ])
}
