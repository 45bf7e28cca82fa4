import { MADRID } from '../worker-life/madrid-time'
import { nextIntervalRun, nextMonthStart, nextWeekdayRun } from '../worker-life/run-calendar'
import type { WebhookExecution, WorkerLife, WorkerSchedule } from '../worker-life/worker-life'
import { RUN_HOUR, SCHEDULED_WORKER, runStartedAt, runStarts, scheduledTaskId } from './scheduled'
import { PRICE_WATCH_INPUT } from './scheduled-report'
import { type DeliveryOutcome, RUN_COUNT, runFacts, runTitle } from './scheduled-runs'

/*
 * The webhook, deliveries and schedules of wrk_demo-scheduled. The URL and token are the kind
 * of secret the inspector must never show: the app's trust boundary hides them, in the demo as
 * with Handinger.
 */
export const DEMO_HOOK_URL = 'https://hooks.example.com/services/T01ABCD/B02EFGH/s3cr3tPathPart'
export const DEMO_HOOK_TOKEN = 'whk_demo-secret-token-never-shown'

const HOUR_MS = 3_600_000
// Handinger posts to the webhook a moment after the task finishes.
const DELIVERY_LAG_MS = 400

function outcomeFields(outcome: DeliveryOutcome) {
  switch (outcome.kind) {
    case 'delivered':
      return { requestStatus: 'success', responseStatus: 200, errorMessage: null } as const
    case 'http-error':
      return {
        requestStatus: 'error',
        responseStatus: outcome.status,
        // Receivers' and Handinger's messages quote the URL; the boundary cuts it.
        errorMessage:
          outcome.status === 410
            ? `POST ${DEMO_HOOK_URL} answered 410 Gone: the webhook no longer exists.`
            : 'The webhook answered 500 Internal Server Error.',
      } as const
    case 'timeout':
      return {
        requestStatus: 'error',
        responseStatus: null,
        errorMessage: `Request to ${DEMO_HOOK_URL} timed out after ${outcome.durationMs} ms.`,
      } as const
    case 'refused':
      return {
        requestStatus: 'error',
        responseStatus: null,
        errorMessage: 'connect ECONNREFUSED 203.0.113.7:443',
      } as const
  }
}

function deliveries(now: number): WebhookExecution[] {
  const starts = runStarts(now)
  const list: WebhookExecution[] = []
  for (let run = RUN_COUNT; run >= 1; run -= 1) {
    const facts = runFacts(run)
    const finished = runStartedAt(run, starts) + facts.durationMs
    list.push({
      id: `wex_demo-scheduled-${String(run).padStart(3, '0')}`,
      createdAt: new Date(finished + DELIVERY_LAG_MS).toISOString(),
      durationMs: facts.delivery.durationMs,
      ...outcomeFields(facts.delivery),
      taskId: scheduledTaskId(run),
      taskTitle: runTitle(run),
      url: DEMO_HOOK_URL,
      workerId: SCHEDULED_WORKER,
    })
  }
  return list
}

// Any fixed instant: interval runs tick from it.
const INTERVAL_ANCHOR = Date.UTC(2026, 0, 1, 4, 30)

function schedules(now: number): WorkerSchedule[] {
  const iso = (ms: number) => new Date(ms).toISOString()
  const hourStart = Math.floor(now / HOUR_MS) * HOUR_MS
  const list: WorkerSchedule[] = [
    {
      id: 'sch_demo-weekday-prices',
      type: 'cron',
      cron: `0 ${RUN_HOUR} * * 1-5`,
      budget: 'standard',
      input: PRICE_WATCH_INPUT,
      nextRunAt: iso(nextWeekdayRun(now, RUN_HOUR)),
    },
    {
      id: 'sch_demo-stock-check',
      type: 'interval',
      intervalSeconds: 6 * 3600,
      budget: 'low',
      input: 'Is the Tern GSD S10 in stock at our three Madrid dealers? Answer yes or no for each.',
      nextRunAt: iso(nextIntervalRun(now, INTERVAL_ANCHOR, 6 * HOUR_MS)),
    },
    {
      // Set up at the start of this hour, to run once two hours later.
      id: 'sch_demo-sale-recheck',
      type: 'delayed',
      delayInSeconds: 2 * 3600,
      budget: 'low',
      input: 'Check again whether Tern’s summer sale price of the GSD S10 still holds.',
      nextRunAt: iso(hourStart + 2 * HOUR_MS),
    },
    {
      id: 'sch_demo-month-report',
      type: 'scheduled',
      budget: 'high',
      input:
        'Write the monthly report of list-price changes, with each bike’s price over the month.',
      nextRunAt: iso(nextMonthStart(now, 9)),
    },
  ]
  return list.sort((a, b) => a.nextRunAt.localeCompare(b.nextRunAt))
}

export function scheduledLife(now: () => number): WorkerLife {
  return {
    kind: 'creator',
    timezone: MADRID,
    webhook: () => ({ url: DEMO_HOOK_URL, token: DEMO_HOOK_TOKEN }),
    schedules: () => schedules(now()),
    deliveries: () => deliveries(now()),
  }
}
