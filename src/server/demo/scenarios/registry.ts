import { type Scenario, taskScenario } from '../scenario'
import { blockquotesScenario } from './blockquotes'
import { extraFieldsScenario } from './extra-fields'
import { failedScenario } from './failed'
import { faultScenarios } from '../fixtures/faults'
import { filesCdnScenario } from './files-cdn'
import { followUpsScenario } from './follow-ups'
import { footnotesScenario } from './footnotes'
import { hostileHugeScenario, hostileScenario } from '../fixtures/hostile'
import { bigScenario, hugeRunningScenario, hugeScenario } from './huge'
import { largeScenario } from './large'
import { legacyScenario } from './legacy'
import { liveScenario } from './live'
import { longRunningScenario } from './long-running'
import { priceWatchTask } from './price-watch'
import { problemsScenario } from './problems'
import { researchScenario } from './research'
import { scheduledScenario } from './scheduled'
import {
  brokenScenario,
  flakyScenario,
  forbiddenScenario,
  rateLimitedScenario,
  unauthorizedScenario,
} from '../fixtures/unreliable'

export type ScenarioClock = { now: () => number; liveDurationMs: number }

/**
 * One set per API instance, so the stateful scenarios (live, rate limit, flaky) never leak. The
 * showcase (this folder) is what the demo is for; the fixtures (../fixtures: faults, hostile
 * input, refusals) are test cases served by the same engine, so the page meets them exactly as
 * it would meet a misbehaving Handinger.
 */
export function createScenarios(clock: ScenarioClock): Map<string, Scenario> {
  const { now } = clock
  return new Map<string, Scenario>([
    ['wrk_demo-live', liveScenario({ now, durationMs: clock.liveDurationMs })],
    ['wrk_demo-research', researchScenario()],
    ['wrk_demo-failed', failedScenario()],
    ['wrk_demo-followups', followUpsScenario()],
    ['wrk_demo-hostile', hostileScenario()],
    ['wrk_demo-hostile-huge', hostileHugeScenario()],
    ['wrk_demo-large', largeScenario()],
    ['wrk_demo-huge', hugeScenario()],
    ['wrk_demo-huge-running', hugeRunningScenario()],
    ['wrk_demo-blockquotes', blockquotesScenario()],
    ['wrk_demo-legacy', legacyScenario()],
    [
      'wrk_demo-ratelimited',
      rateLimitedScenario(
        now,
        taskScenario([{ taskId: 'tsk_demo-ratelimited', spec: priceWatchTask }]),
      ),
    ],
    [
      'wrk_demo-flaky',
      flakyScenario(now, taskScenario([{ taskId: 'tsk_demo-flaky', spec: priceWatchTask }])),
    ],
    ['wrk_demo-unauthorized', unauthorizedScenario()],
    ['wrk_demo-forbidden', forbiddenScenario()],
    ['wrk_demo-broken', brokenScenario()],
    ...faultScenarios(now),
    ['wrk_demo-files-cdn', filesCdnScenario()],
    ['wrk_demo-footnotes', footnotesScenario()],
    ['wrk_demo-extra-fields', extraFieldsScenario()],
    ['wrk_demo-long-running', longRunningScenario(now)],
    ['wrk_demo-scheduled', scheduledScenario(now)],
    ['wrk_demo-problems', problemsScenario()],
    ['wrk_demo-big', bigScenario()],
  ])
}
