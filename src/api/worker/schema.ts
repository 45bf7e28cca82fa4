import {
  type Guard,
  NOT,
  array,
  boolean,
  finiteNumber,
  isRecord,
  sensibleFigure,
  nonEmptyString,
  nullable,
  optionalText,
  record,
  string,
} from '@/shared/guards'
import { isKnownWorkerStatus } from './status'
import { unknownFields } from './worker-fields'

/*
 * The Worker as the app uses it. The wire format mixes snake_case (top level) and camelCase
 * (nested), and has changed shape several times, so parsing happens here once, field by field:
 * a field that breaks its rule falls back to an empty value and is reported in `problems`,
 * instead of failing the whole response. Hand-written guards rather than a schema library keep
 * the worker page's JavaScript small; none of them walks into nested values, so depth is free.
 */

export type Source = { id: string; title: string | null; url: string }

export type WorkerFile = { filename: string | null; mediaType: string; url: string; size?: number }

/** Every figure is optional: each API shape sends a different set (April: tokens and cost). */
export type Usage = {
  credits?: number
  durationMs?: number
  inputTokens?: number
  outputTokens?: number
  totalTokens?: number
  reasoningTokens?: number
  cacheReadTokens?: number
  cacheWriteTokens?: number
  costUsd?: number
  steps?: number
}

/** The April shape's cost breakdown, in US dollars. */
export type Costs = {
  internalCostUsd?: number
  modelCostUsd?: number
  sandboxCostUsd?: number
  toolCostUsd?: number
}

export type Worker = {
  /** The requested ID unless the response names itself otherwise (see `responseId`). */
  id: string
  /** The `id` the response gives itself, as sent; null when it has none (or not a string). */
  responseId: string | null
  /**
   * The status exactly as sent; null when there was none, 'unreadable' when it was not a string.
   * What it means is decided in one place, api/worker/status.ts.
   */
  rawStatus: string | null
  running: boolean
  createdAt: number | null
  url: string | null
  messages: unknown[]
  outputText: string
  sources: Source[]
  files: WorkerFile[]
  structuredOutput: unknown
  usage: Usage | null
  costs: Costs | null
  metadata: Record<string, unknown> | null
  error: unknown
  incompleteDetails: unknown
  /** `output` as sent: its items beyond the answer's text are shown too (see output-items). */
  output: unknown[]
  /** Top-level fields the app does not know, as sent. */
  extraFields: Record<string, unknown>
}

export type ParsedWorker = { worker: Worker; problems: string[] }

const USAGE_FIGURES: Record<keyof Usage, Guard<number>> = {
  credits: sensibleFigure(false),
  durationMs: sensibleFigure(false),
  inputTokens: sensibleFigure(true),
  outputTokens: sensibleFigure(true),
  totalTokens: sensibleFigure(true),
  reasoningTokens: sensibleFigure(true),
  cacheReadTokens: sensibleFigure(true),
  cacheWriteTokens: sensibleFigure(true),
  costUsd: sensibleFigure(false),
  steps: sensibleFigure(true),
}

const COST_FIGURES: Record<keyof Costs, Guard<number>> = {
  internalCostUsd: sensibleFigure(false),
  modelCostUsd: sensibleFigure(false),
  sandboxCostUsd: sensibleFigure(false),
  toolCostUsd: sensibleFigure(false),
}

/** Reads the known figures of an object; each bad one is reported as `<key>.<figure>`. */
function figures<K extends string>(
  guards: Record<K, Guard<number>>,
  key: string,
  problems: string[],
): Guard<Partial<Record<K, number>>> {
  return (raw) => {
    if (!isRecord(raw)) return NOT
    const result: Partial<Record<K, number>> = {}
    for (const name of Object.keys(guards) as K[]) {
      if (!Object.hasOwn(raw, name) || raw[name] === undefined) continue
      const value = guards[name](raw[name])
      if (value === NOT) problems.push(`${key}.${name}`)
      else result[name] = value
    }
    return result
  }
}

const source: Guard<Source> = (raw) => {
  if (!isRecord(raw)) return NOT
  const url = string(raw.url)
  const title = optionalText(raw.title)
  if (url === NOT || title === NOT) return NOT
  const id = string(raw.id)
  return { id: id === NOT ? '' : id, title, url }
}

const file: Guard<WorkerFile> = (raw) => {
  if (!isRecord(raw)) return NOT
  const url = string(raw.url)
  const filename = optionalText(raw.filename)
  if (url === NOT || filename === NOT) return NOT
  const mediaType = string(raw.mediaType)
  const result: WorkerFile = {
    filename,
    mediaType: mediaType === NOT ? 'application/octet-stream' : mediaType,
    url,
  }
  const size = sensibleFigure(true)(raw.size)
  if (size !== NOT) result.size = size
  return result
}

/** output[].content[].text, the older place of the answer; odd items count as empty. */
const outputTexts: Guard<string[]> = (raw) => {
  if (!Array.isArray(raw)) return NOT
  const texts: string[] = []
  for (const item of raw) {
    if (!isRecord(item)) return NOT
    if (!Array.isArray(item.content)) continue
    for (const part of item.content) {
      texts.push(isRecord(part) && typeof part.text === 'string' ? part.text : '')
    }
  }
  return texts
}

type Reader = {
  value<T>(key: string, guard: Guard<T>, fallback: T): T
  list<T>(key: string, item: Guard<T>): T[]
}

function reader(raw: Record<string, unknown>, problems: string[]): Reader {
  return {
    value(key, guard, fallback) {
      if (!Object.hasOwn(raw, key)) return fallback
      const parsed = guard(raw[key])
      if (parsed !== NOT) return parsed
      problems.push(key)
      return fallback
    },
    list<T>(key: string, item: Guard<T>): T[] {
      const value = raw[key]
      if (value === undefined || value === null) return []
      if (!Array.isArray(value)) {
        problems.push(key)
        return []
      }
      const result: T[] = []
      value.forEach((element, index) => {
        const parsed = item(element)
        if (parsed === NOT) problems.push(`${key}[${index}]`)
        else result.push(parsed)
      })
      return result
    },
  }
}

/** Returns null when the response is not a JSON object at all. */
export function parseWorker(raw: unknown, requestedId: string): ParsedWorker | null {
  if (!isRecord(raw)) return null
  const problems: string[] = []
  const read = reader(raw, problems)

  const running = read.value('running', boolean, false)
  const rawStatus =
    raw.status == null ? null : typeof raw.status === 'string' ? raw.status : 'unreadable'
  if (rawStatus !== null && !isKnownWorkerStatus(rawStatus)) problems.push('status')
  const fallbackText = read.value('output', outputTexts, []).join('\n\n')

  const worker: Worker = {
    id: read.value('id', nonEmptyString, requestedId),
    responseId: typeof raw.id === 'string' ? raw.id : null,
    rawStatus,
    running,
    createdAt: read.value('created_at', nullable(finiteNumber), null),
    url: read.value('url', nullable(string), null),
    messages: read.value('messages', array, []),
    outputText: read.value('output_text', string, fallbackText),
    sources: read.list('sources', source),
    files: read.list('files', file),
    structuredOutput: raw.structured_output ?? null,
    usage: read.value('usage', nullable(figures(USAGE_FIGURES, 'usage', problems)), null),
    costs: read.value('costs', nullable(figures(COST_FIGURES, 'costs', problems)), null),
    metadata: read.value('metadata', nullable(record), null),
    error: raw.error ?? null,
    incompleteDetails: raw.incomplete_details ?? null,
    output: Array.isArray(raw.output) ? raw.output : [],
    extraFields: unknownFields(raw),
  }
  return { worker, problems }
}
