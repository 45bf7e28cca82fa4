import fc from 'fast-check'
import {
  anyJson,
  anyObject,
  anyString,
  bigJson,
  figure,
  hostileString,
  oddNumber,
  urlText,
} from './hostile-values'
import { lenientObject, list, notAnObject } from './lenient-fields'
import { markdownText } from './markdown-text'

/*
 * `GET /api/workers/{id}` bodies over the whole lenient schema (src/api/schema.ts and
 * handinger-api.md §2-3): every field of every shape the API has had, each right, missing, null
 * or of the wrong type, with unknown fields beside them; messages in the AI SDK v5 shape, the
 * core-message shape and neither.
 */

export const idText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^(wrk|tsk|msg)_[A-Za-z0-9_-]{1,16}$/) },
  { weight: 1, arbitrary: hostileString },
)

const role = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('user', 'assistant', 'system', 'tool') },
  { weight: 1, arbitrary: hostileString },
)

export const mediaType = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'text/csv',
      'text/markdown',
      'text/plain; charset=utf-8',
      'application/json',
      'application/pdf',
      'image/png',
      'image/svg+xml',
      'text/html',
      'application/x-msdownload',
      'application/octet-stream',
      'TEXT/CSV ; charset="x"',
      '',
    ),
  },
  { weight: 1, arbitrary: hostileString },
)

export const fileObject = lenientObject({
  filename: fc.oneof(hostileString, fc.constant(null)),
  mediaType,
  url: urlText,
  size: figure,
})

const toolName = fc.oneof(fc.constantFrom('webSearch', 'fetch', 'runCode'), hostileString)
const toolState = fc.oneof(
  fc.constantFrom(
    'input-streaming',
    'input-available',
    'output-available',
    'output-error',
    'output-denied',
    'approval-requested',
    'call',
    'result',
  ),
  hostileString,
)

/* Tool input and output: now and then deep or wide, rarely, as parts come by the hundred. */
const toolJson = fc.oneof({ weight: 20, arbitrary: anyJson }, { weight: 1, arbitrary: bigJson })

/** Every part type the panel knows, and types it does not. */
const part: fc.Arbitrary<unknown> = fc.oneof(
  lenientObject({ type: fc.constant('text'), text: markdownText }),
  lenientObject({ type: fc.constant('reasoning'), text: anyString }),
  lenientObject({ type: fc.constant('step-start') }),
  lenientObject({
    type: fc.constant('file'),
    mediaType,
    filename: hostileString,
    url: urlText,
  }),
  lenientObject({
    type: fc.constant('source-url'),
    sourceId: hostileString,
    url: urlText,
    title: hostileString,
  }),
  lenientObject({
    type: toolName.map((name) => `tool-${name}`),
    toolCallId: hostileString,
    state: toolState,
    input: toolJson,
    output: toolJson,
    errorText: anyString,
  }),
  lenientObject({
    type: fc.constantFrom('tool-call', 'tool-result'),
    toolName,
    toolCallId: hostileString,
    args: anyJson,
    input: anyJson,
    result: anyJson,
    output: anyJson,
  }),
  lenientObject({ type: fc.constant('dynamic-tool'), toolName, state: toolState, input: anyJson }),
  lenientObject({ type: hostileString, text: hostileString, data: anyJson }),
  anyJson,
)

const message: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: lenientObject({ id: idText, role, parts: list(part, 200), metadata: anyObject }),
  },
  { weight: 2, arbitrary: lenientObject({ role, content: markdownText }) },
  { weight: 1, arbitrary: lenientObject({ role, content: fc.array(part, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: anyJson },
)

const outputItem = lenientObject({
  id: idText,
  content: fc.array(lenientObject({ text: markdownText, type: fc.constant('output_text') }), {
    maxLength: 3,
  }),
  role: fc.constant('assistant'),
  status: fc.constant('completed'),
  type: fc.constant('message'),
})

const source = lenientObject({
  id: hostileString,
  title: fc.oneof(hostileString, fc.constant(null)),
  type: fc.constant('url'),
  url: urlText,
})

/** Seconds, milliseconds, zero, negative, far future, fractional. */
const timestamp = fc.oneof(
  fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
  fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
  oddNumber,
)

/** Every usage shape: April (tokens and cost), May to July (credits), now (duration only). */
const usage = lenientObject({
  durationMs: figure,
  credits: figure,
  inputTokens: figure,
  outputTokens: figure,
  totalTokens: figure,
  reasoningTokens: figure,
  cacheReadTokens: figure,
  cacheWriteTokens: figure,
  costUsd: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), oddNumber),
  steps: figure,
})

const cost = fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), oddNumber)
const costs = lenientObject({
  internalCostUsd: cost,
  modelCostUsd: cost,
  sandboxCostUsd: cost,
  toolCostUsd: cost,
})

/** What `error` and `incomplete_details` have held: null, a string, `{message, code}`, `{reason}`. */
const problem = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  lenientObject({
    message: anyString,
    code: fc.oneof(hostileString, fc.integer()),
    type: hostileString,
  }),
  lenientObject({ reason: hostileString }),
  anyString,
  anyJson,
)

export const workerObject = lenientObject({
  id: idText,
  object: fc.constant('worker'),
  created_at: timestamp,
  status: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('running', 'completed', 'pending') },
    { weight: 1, arbitrary: fc.constantFrom('error', 'aborted', 'failed', '') },
    { weight: 1, arbitrary: hostileString },
  ),
  running: fc.boolean(),
  error: problem,
  incomplete_details: problem,
  messages: list(message, 1_000),
  output: fc.array(outputItem, { maxLength: 3 }),
  output_text: markdownText,
  sources: list(source),
  files: list(fileObject),
  metadata: anyObject,
  structured_output: fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: bigJson },
  ),
  url: urlText,
  usage,
  costs,
})

/** A worker body, and now and then a body that is no object at all. */
export const workerBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 20, arbitrary: workerObject },
  { weight: 1, arbitrary: notAnObject },
)
