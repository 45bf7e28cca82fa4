import { DEMO_FILE_ROUTE } from '@/shared/preview-media'
import type { Scenario } from './scenario'
import { scheduledTaskDef } from './scenarios/scheduled'

/*
 * The Task endpoints of the simulated API (handinger-api.md §5.2). A task is derived from its
 * worker's response, so the two always agree (the live task runs with the live worker): one
 * turn per user message, the last turn carrying the answer and the files. Half the tasks answer
 * in the older shape `{ task, turns }`, the others in the current `{ task }` + `/turns`.
 */
export type TaskShape = 'embedded' | 'separate'

export type DemoTaskDef = {
  workerId: string
  title: string
  triggeredBy: 'api' | 'email' | 'schedule' | 'ui'
  shape: TaskShape
  /** Earlier turns that did not complete, by seq (the last turn follows the worker). */
  turnStatuses?: Record<number, string>
}

export const demoTasks: Record<string, DemoTaskDef> = {
  'tsk_demo-live': {
    workerId: 'wrk_demo-live',
    title: 'Heat-pump subsidies in four EU countries',
    triggeredBy: 'ui',
    shape: 'separate',
  },
  'tsk_demo-market': {
    workerId: 'wrk_demo-research',
    title: 'Cargo e-bike market sizing',
    triggeredBy: 'ui',
    shape: 'separate',
  },
  'tsk_demo-pricing': {
    workerId: 'wrk_demo-research',
    title: 'Pricing analysis for a €5k family cargo bike',
    triggeredBy: 'api',
    shape: 'separate',
  },
  'tsk_demo-summary': {
    workerId: 'wrk_demo-research',
    title: 'Launch brief and research plan',
    triggeredBy: 'schedule',
    shape: 'embedded',
  },
  'tsk_demo-reviews': {
    workerId: 'wrk_demo-failed',
    title: 'Owner review analysis',
    triggeredBy: 'email',
    shape: 'embedded',
  },
  'tsk_demo-followups': {
    workerId: 'wrk_demo-followups',
    title: 'Bikes on trains',
    triggeredBy: 'ui',
    shape: 'embedded',
  },
  'tsk_demo-legacy': {
    workerId: 'wrk_demo-legacy',
    title: 'Newsletter draft',
    triggeredBy: 'api',
    shape: 'embedded',
  },
  'tsk_demo-files-cdn': {
    workerId: 'wrk_demo-files-cdn',
    title: 'Launch pack',
    triggeredBy: 'ui',
    shape: 'separate',
  },
  'tsk_demo-long-running': {
    workerId: 'wrk_demo-long-running',
    title: 'Dealer network crawl',
    triggeredBy: 'schedule',
    shape: 'separate',
  },
  'tsk_demo-problems': {
    workerId: 'wrk_demo-problems',
    title: 'Supplier compliance sweep',
    triggeredBy: 'api',
    shape: 'separate',
    turnStatuses: { 1: 'aborted' },
  },
}

/** A task's definition: one of the fixed ones above, or a run of a generated history. */
export function demoTaskDef(taskId: string): DemoTaskDef | undefined {
  if (Object.hasOwn(demoTasks, taskId)) return demoTasks[taskId]
  return scheduledTaskDef(taskId)
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function textOf(message: Json): string {
  if (!Array.isArray(message.parts)) return ''
  return message.parts
    .filter((part) => isObject(part) && part.type === 'text' && typeof part.text === 'string')
    .map((part) => String((part as Json).text))
    .join('\n\n')
}

const iso = (ms: number) => new Date(ms).toISOString()

function taskStatus(worker: Json): string {
  if (worker.error !== null && worker.error !== undefined) return 'error'
  if (worker.running === true || worker.status === 'running') return 'running'
  if (worker.status === 'pending') return 'pending'
  return 'completed'
}

const tokensFor = (text: string) => Math.round(text.length / 4)

export function buildTask(taskId: string, def: DemoTaskDef, worker: Json, now: number) {
  const status = taskStatus(worker)
  const done = status === 'completed' || status === 'error'
  const createdMs = (typeof worker.created_at === 'number' ? worker.created_at : 0) * 1000
  const usage = isObject(worker.usage) ? worker.usage : {}
  const totalMs =
    typeof usage.durationMs === 'number' ? usage.durationMs : Math.max(0, now - createdMs)
  const totalCredits = typeof usage.credits === 'number' ? usage.credits : 0
  const messages = Array.isArray(worker.messages) ? worker.messages.filter(isObject) : []

  // One turn per user message; its output is the assistant text up to the next question.
  const turns: Array<{ input: string; output: string }> = []
  for (const message of messages) {
    if (message.role === 'user') turns.push({ input: textOf(message), output: '' })
    else if (message.role === 'assistant' && turns.length > 0) {
      const last = turns[turns.length - 1]
      if (last) last.output = [last.output, textOf(message)].filter(Boolean).join('\n\n')
    }
  }
  if (turns.length === 0) turns.push({ input: '', output: '' })

  // Earlier turns get equal slices of time and credits; the last one gets the rest.
  const count = turns.length
  const sliceMs = Math.floor(totalMs / (count + 1))
  const sliceCredits = Math.floor(totalCredits / (count + 1))
  const turnObjects = turns.map((turn, seq) => {
    const last = seq === count - 1
    const durationMs = last ? totalMs - sliceMs * (count - 1) : sliceMs
    const startedMs = createdMs + sliceMs * seq
    const outputText =
      last && typeof worker.output_text === 'string' ? worker.output_text : turn.output
    const turnDone = !last || done
    return {
      id: `trn_${taskId.replace(/^tsk_/, '')}-${seq}`,
      taskId,
      seq,
      role: 'user',
      status: last ? status : (def.turnStatuses?.[seq] ?? 'completed'),
      input: turn.input,
      outputText,
      startedAt: iso(startedMs),
      completedAt: turnDone ? iso(startedMs + durationMs) : null,
      durationMs,
      credits: last ? totalCredits - sliceCredits * (count - 1) : sliceCredits,
      inputTokens: 800 + tokensFor(turn.input) * (seq + 1),
      outputTokens: tokensFor(outputText),
      files: last && Array.isArray(worker.files) ? worker.files : [],
      structuredOutput: last ? (worker.structured_output ?? null) : null,
    }
  })

  const task = {
    id: taskId,
    workerId: def.workerId,
    organizationId: 'org_demo',
    createdByUserId: def.triggeredBy === 'ui' ? 'usr_demo' : null,
    title: def.title,
    status,
    triggeredBy: def.triggeredBy,
    createdAt: iso(createdMs),
    completedAt: done ? iso(createdMs + totalMs) : null,
    totals: { credits: totalCredits, durationMs: totalMs, turnCount: turnObjects.length },
    url: `https://v3.handinger.com/worker/${encodeURIComponent(def.workerId)}/task/${encodeURIComponent(taskId)}`,
  }
  return { task, turns: turnObjects }
}

/** The worker's response for this task, as the scenario would answer it. */
export async function workerForTask(
  scenario: Scenario,
  taskId: string,
  def: DemoTaskDef,
  requestUrl: string,
): Promise<Json | null> {
  const response = scenario.handle({
    workerId: def.workerId,
    taskId,
    fileUrl: (name) =>
      new URL(
        `${DEMO_FILE_ROUTE}/${encodeURIComponent(def.workerId)}/${encodeURIComponent(name)}`,
        requestUrl,
      ).href,
  })
  if (!response.ok) return null
  const body: unknown = await response.json()
  return isObject(body) ? body : null
}
