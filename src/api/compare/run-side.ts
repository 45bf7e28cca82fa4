import type { TaskWithTurns } from '@/api/task/queries'
import type { Turn } from '@/api/task/schema'
import type { Source, Worker } from '@/api/worker/schema'
import { type RunStatus, taskStatus, workerStatus } from '@/api/worker/status'
import type { Figures } from '@/lib/run-diff/figures'

/*
 * One side of a comparison, from the two reads the inspector makes: the run
 * (GET /api/workers/{id}?taskId=…) and the task with its turns (GET /api/tasks/{id}). A whole
 * task is compared by the run's answer and usage; a turn by its own answer and figures. Sources
 * exist only per run, so a turn side shows the run's.
 */
export type RunSide = {
  /** The task's title; null until the task has loaded (or when it could not be). */
  title: string | null
  status: RunStatus
  /** The turn compared, when the side names one. */
  turn: Turn | null
  text: string
  structuredOutput: unknown
  /** The run's sources; null while the run has not loaded (a turn side can show without it). */
  sources: Source[] | null
  figures: Figures
}

export type SideInput = {
  /** The worker the side names. */
  workerId: string
  /** The turn's `seq`, or null for the whole task. */
  turn: number | null
  run: Worker | undefined
  task: TaskWithTurns | undefined
}

export type SideBuild =
  | { kind: 'ready'; side: RunSide }
  /** What the side needs most has not arrived: the run for a task, the task for a turn. */
  | { kind: 'waiting' }
  | { kind: 'no-turn'; seq: number; turnCount: number }
  /** The task says it belongs to another worker: the side would show it under a wrong name. */
  | { kind: 'other-worker'; workerId: string }

/** Which read a side cannot show without. */
export function primaryRead(turn: number | null): 'run' | 'task' {
  return turn === null ? 'run' : 'task'
}

export function buildRunSide({ workerId, turn: seq, run, task }: SideInput): SideBuild {
  const owner = task?.task.workerId
  if (owner && owner !== workerId) return { kind: 'other-worker', workerId: owner }
  const title = task?.task.title ?? null
  if (seq === null) {
    if (!run) return { kind: 'waiting' }
    return {
      kind: 'ready',
      side: {
        title,
        status: workerStatus(run, task?.task.status),
        turn: null,
        text: run.outputText,
        structuredOutput: run.structuredOutput,
        sources: run.sources,
        figures: taskFigures(run, task),
      },
    }
  }
  if (!task) return { kind: 'waiting' }
  const turn = task.turns.find((candidate) => candidate.seq === seq)
  if (!turn) return { kind: 'no-turn', seq, turnCount: task.turns.length }
  return {
    kind: 'ready',
    side: {
      title,
      status: taskStatus(turn.status),
      turn,
      text: turn.outputText,
      structuredOutput: turn.structuredOutput,
      sources: run?.sources ?? null,
      figures: {
        credits: turn.credits,
        durationMs: turn.durationMs,
        inputTokens: turn.inputTokens,
        outputTokens: turn.outputTokens,
      },
    },
  }
}

/**
 * The run's own usage first; the task's totals where the run has none (credits left the run's
 * usage in July); tokens, which only turns report today, summed over the turns.
 */
function taskFigures(run: Worker, task: TaskWithTurns | undefined): Figures {
  const usage = run.usage ?? {}
  const totals = task?.task.totals
  const turns = task?.turns ?? []
  return {
    credits: usage.credits ?? totals?.credits ?? sum(turns, 'credits'),
    durationMs: usage.durationMs ?? totals?.durationMs ?? sum(turns, 'durationMs'),
    inputTokens: usage.inputTokens ?? sum(turns, 'inputTokens'),
    outputTokens: usage.outputTokens ?? sum(turns, 'outputTokens'),
  }
}

/** The sum over the turns that report the figure; null when none does. */
function sum(turns: Turn[], key: 'credits' | 'durationMs' | 'inputTokens' | 'outputTokens') {
  let total: number | null = null
  for (const turn of turns) {
    const value = turn[key]
    if (value !== null) total = (total ?? 0) + value
  }
  return total
}
