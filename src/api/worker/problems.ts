import type { Turn } from '@/api/task/schema'
import { displayName, ellipsize } from '@/lib/visible-text'
import { taskStatus } from './status'
import { toolCalls } from './tool-calls'
import { formatNumber } from '@/lib/format'

/*
 * What went wrong in a run, in the order the page shows it: the task's turns that ended in an
 * error or were aborted (the task section, above the worker), the worker's error and its
 * incomplete answer (the boxes above the panels), then each failed tool call in the
 * conversation.
 */
export type Problem =
  | { kind: 'turn'; seq: number; outcome: 'failed' | 'aborted' }
  | { kind: 'worker-error' }
  | { kind: 'incomplete' }
  | { kind: 'tool'; messageIndex: number; partIndex: number; name: string }

/** What a worker says about its problems (the parsed Worker has all of these). */
export type ProblemFacts = { messages: unknown[]; error: unknown; incompleteDetails: unknown }

const present = (value: unknown) => value !== null && value !== undefined

const byWorker = new WeakMap<ProblemFacts, readonly Problem[]>()

/**
 * The worker's own problems. Memoized on the worker object, which react-query keeps the same
 * while a poll brings nothing new: such a poll costs no scan of the conversation.
 */
export function workerProblems(worker: ProblemFacts): readonly Problem[] {
  const known = byWorker.get(worker)
  if (known) return known
  const problems: Problem[] = []
  if (present(worker.error)) problems.push({ kind: 'worker-error' })
  if (present(worker.incompleteDetails)) problems.push({ kind: 'incomplete' })
  for (const call of toolCalls(worker.messages)) {
    if (!call.failed) continue
    const { messageIndex, partIndex, name } = call
    problems.push({ kind: 'tool', messageIndex, partIndex, name })
  }
  byWorker.set(worker, problems)
  return problems
}

/** Turns whose status (by the one status rule) is an error or aborted, in turn order. */
export function turnProblems(turns: readonly Pick<Turn, 'seq' | 'status'>[]): Problem[] {
  return turns.flatMap((turn): Problem[] => {
    const { key } = taskStatus(turn.status)
    return key === 'failed' || key === 'aborted'
      ? [{ kind: 'turn', seq: turn.seq, outcome: key }]
      : []
  })
}

/** Every problem of the run in page order; `turns` is null outside a task page. */
export function runProblems(
  worker: ProblemFacts,
  turns: readonly Pick<Turn, 'seq' | 'status'>[] | null,
): Problem[] {
  return [...(turns ? turnProblems(turns) : []), ...workerProblems(worker)]
}

/** The same problem across polls, so stepping keeps its place when others are added. */
export function problemKey(problem: Problem): string {
  switch (problem.kind) {
    case 'turn':
      return `turn:${problem.seq}`
    case 'tool':
      return `tool:${problem.messageIndex}:${problem.partIndex}`
    default:
      return problem.kind
  }
}

/** One line for a screen reader: "Tool web_search failed, message 12". */
export function describeProblem(problem: Problem): string {
  switch (problem.kind) {
    case 'turn':
      return `Turn ${formatNumber(problem.seq + 1)} ${problem.outcome === 'failed' ? 'ended in an error' : 'was aborted'}`
    case 'worker-error':
      return 'The worker reported an error'
    case 'incomplete':
      return 'The answer is incomplete'
    case 'tool':
      return `Tool ${ellipsize(displayName(problem.name, '(unnamed)'), 60)} failed, message ${formatNumber(problem.messageIndex + 1)}`
  }
}

function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`
}

/** What the problems are, in a few words: "3 failed tool calls, 1 aborted turn, incomplete answer". */
export function summarizeProblems(problems: readonly Problem[]): string {
  let tools = 0
  let failedTurns = 0
  let abortedTurns = 0
  for (const problem of problems) {
    if (problem.kind === 'tool') tools += 1
    else if (problem.kind === 'turn' && problem.outcome === 'failed') failedTurns += 1
    else if (problem.kind === 'turn') abortedTurns += 1
  }
  return [
    tools > 0 && plural(tools, 'failed tool call', 'failed tool calls'),
    failedTurns > 0 && plural(failedTurns, 'turn with an error', 'turns with an error'),
    abortedTurns > 0 && plural(abortedTurns, 'aborted turn', 'aborted turns'),
    problems.some((problem) => problem.kind === 'worker-error') && 'worker error',
    problems.some((problem) => problem.kind === 'incomplete') && 'incomplete answer',
  ]
    .filter(Boolean)
    .join(', ')
}
