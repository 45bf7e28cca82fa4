import { isRecord } from '@/shared/guards'
import type { SnapshotParts } from '@/shared/snapshot-options'

/*
 * What a snapshot keeps of a run, in the API's own shapes so the page reads it with the parsers
 * it reads Handinger with. Only named fields pass: a field the API adds tomorrow is not shared
 * before someone decides it may be. The answer and sources always; each optional part only when
 * chosen; a file only when it opens without our key (see `opensWithoutKey`).
 */
export type SanitizeOptions = {
  parts: SnapshotParts
  /** False for a URL that only works with the inspector's key or session. */
  opensWithoutKey: (url: string) => boolean
}

const WORKER_ALWAYS = [
  'object',
  'id',
  'status',
  'running',
  'created_at',
  'url',
  'sources',
  'usage',
  'costs',
  'error',
  'incomplete_details',
]
const TASK_FIELDS = [
  'id',
  'workerId',
  'title',
  'status',
  'triggeredBy',
  'createdAt',
  'completedAt',
  'url',
  'totals',
]
const TURN_ALWAYS = [
  'id',
  'seq',
  'role',
  'status',
  'outputText',
  'startedAt',
  'completedAt',
  'durationMs',
  'credits',
  'inputTokens',
  'outputTokens',
]

export function sanitizeWorker(raw: unknown, options: SanitizeOptions): Record<string, unknown> {
  const worker = isRecord(raw) ? raw : {}
  const { parts } = options
  const kept = pick(worker, WORKER_ALWAYS)
  // The answer is kept even when the output items (part of the conversation) are not.
  kept.output_text =
    typeof worker.output_text === 'string' ? worker.output_text : outputTexts(worker)
  if (parts.messages) Object.assign(kept, pick(worker, ['messages', 'output']))
  if (parts.files) kept.files = reachableFiles(worker.files, options)
  if (parts.structuredOutput) Object.assign(kept, pick(worker, ['structured_output']))
  if (parts.metadata) Object.assign(kept, pick(worker, ['metadata']))
  return kept
}

/** `{ task, turns }` as `GET /api/tasks/{id}` answers it, or null when there is no task. */
export function sanitizeTask(
  raw: unknown,
  options: SanitizeOptions,
): Record<string, unknown> | null {
  if (!isRecord(raw) || !isRecord(raw.task)) return null
  const turns = Array.isArray(raw.turns) ? raw.turns.filter(isRecord) : []
  return {
    task: pick(raw.task, TASK_FIELDS),
    turns: turns.map((turn) => sanitizeTurn(turn, options)),
  }
}

function sanitizeTurn(turn: Record<string, unknown>, options: SanitizeOptions) {
  const { parts } = options
  const kept = pick(turn, TURN_ALWAYS)
  // What was asked in each turn is the conversation.
  if (parts.messages) Object.assign(kept, pick(turn, ['input']))
  kept.files = parts.files ? reachableFiles(turn.files, options) : []
  if (parts.structuredOutput) Object.assign(kept, pick(turn, ['structuredOutput']))
  return kept
}

function reachableFiles(raw: unknown, { opensWithoutKey }: SanitizeOptions): unknown[] {
  if (!Array.isArray(raw)) return []
  return raw.filter(
    (file) => isRecord(file) && typeof file.url === 'string' && opensWithoutKey(file.url),
  )
}

function outputTexts(worker: Record<string, unknown>): string {
  if (!Array.isArray(worker.output)) return ''
  return worker.output
    .flatMap((item) => (isRecord(item) && Array.isArray(item.content) ? item.content : []))
    .flatMap((part) =>
      isRecord(part) && part.type === 'output_text' && typeof part.text === 'string'
        ? [part.text]
        : [],
    )
    .join('\n\n')
}

// Own properties only; fromEntries keeps a "__proto__" key a plain field.
function pick(raw: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.filter((key) => Object.hasOwn(raw, key)).map((key) => [key, raw[key]]),
  )
}

/**
 * True for an absolute http(s) URL on neither Handinger's API origin (it wants the key) nor this
 * server's own (its file routes want a session). Other hosts' links stay links.
 */
export function fileOpensWithoutKey(guarded: readonly (string | null)[]): (url: string) => boolean {
  const origins = new Set(guarded.filter((origin): origin is string => origin !== null))
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false
    return !origins.has(parsed.origin)
  }
}
