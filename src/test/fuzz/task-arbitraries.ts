import fc from 'fast-check'
import { anyString, bigJson, figure, hostileString, oddNumber, urlText } from './hostile-values'
import { lenientObject, list, notAnObject } from './lenient-fields'
import { markdownText } from './markdown-text'
import { fileObject, idText } from './worker-arbitraries'

/*
 * `GET /api/tasks/{id}` bodies in both shapes, `{task, turns}` (until July 2026) and `{task}`,
 * and `GET /api/tasks/{id}/turns` bodies `{items, taskId}` (src/api/task-schema.ts,
 * handinger-api.md §5.2), over the same space as the worker bodies.
 */

/** ISO times, and strings that only look like one. */
const isoTime = fc.oneof(
  { weight: 4, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2026-13-45T25:61:61Z',
      '+275760-09-13T00:00:00.001Z',
      '-271821-04-20T00:00:00.000Z',
      'yesterday',
      '0',
      '',
    ),
  },
  { weight: 1, arbitrary: hostileString },
)

const taskStatus = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('pending', 'running', 'completed', 'error', 'aborted') },
  { weight: 1, arbitrary: hostileString },
)

/** Positions: in order, repeated, missing, negative, fractional, huge. */
const seq = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 20 }) },
  { weight: 1, arbitrary: oddNumber },
)

const totals = lenientObject({ credits: figure, durationMs: figure, turnCount: figure })

export const taskObject = lenientObject({
  id: idText,
  workerId: idText,
  organizationId: hostileString,
  createdByUserId: fc.oneof(hostileString, fc.constant(null)),
  title: anyString,
  status: taskStatus,
  triggeredBy: fc.oneof(fc.constantFrom('api', 'email', 'schedule', 'ui'), hostileString),
  createdAt: isoTime,
  completedAt: fc.oneof(isoTime, fc.constant(null)),
  url: urlText,
  totals,
})

export const turnObject = lenientObject({
  id: idText,
  taskId: idText,
  seq,
  role: fc.oneof(fc.constantFrom('user', 'assistant'), hostileString),
  status: taskStatus,
  input: anyString,
  outputText: markdownText,
  startedAt: isoTime,
  completedAt: fc.oneof(isoTime, fc.constant(null)),
  durationMs: figure,
  credits: figure,
  inputTokens: figure,
  outputTokens: figure,
  files: list(fileObject, 60),
  structuredOutput: fc.oneof(fc.constant(null), bigJson),
})

const turns = list(turnObject, 300)

/** `{task, turns}`, `{task}`, and bodies that are neither. */
export const taskBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: lenientObject({ task: taskObject, turns }) },
  { weight: 10, arbitrary: lenientObject({ task: taskObject }) },
  { weight: 1, arbitrary: notAnObject },
)

/** `{items, taskId}`, and bodies that are not. */
export const turnsBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 20, arbitrary: lenientObject({ items: turns, taskId: idText }) },
  { weight: 1, arbitrary: notAnObject },
)
