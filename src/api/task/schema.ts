import { isRecord, or, sensibleFigure, string } from '@/shared/guards'

/*
 * The Task and its Turns (handinger-api.md §5.2), all camelCase. Lenient like the Worker (and
 * checked by hand like it, see schema.ts): a field that breaks its rule falls back to an empty
 * value instead of failing the task. Only a task without a string id, a turn or file that is not
 * an object, and a file without a string url are refused.
 */
export type TaskStatus = string

export type TurnFile = { filename: string | null; mediaType: string; url: string; size?: number }

export type Turn = {
  id: string
  seq: number
  role: string
  status: string
  input: string
  outputText: string
  startedAt: string | null
  completedAt: string | null
  durationMs: number | null
  credits: number | null
  inputTokens: number | null
  outputTokens: number | null
  files: TurnFile[]
  structuredOutput: unknown
}

export type Totals = { credits: number | null; durationMs: number | null; turnCount: number | null }

export type Task = {
  id: string
  workerId: string | null
  title: string
  status: TaskStatus
  triggeredBy: string | null
  createdAt: string | null
  completedAt: string | null
  url: string | null
  totals: Totals
}

function stringOr<T>(raw: unknown, fallback: T): string | T {
  return or(string, raw, fallback)
}

/** A string, or null for anything else (missing, null, a number, an object). */
function text(raw: unknown): string | null {
  return or(string, raw, null)
}

const amount = sensibleFigure(false)
const whole = sensibleFigure(true)

/** A figure of zero or more, or null; one past what is real is left out too. */
function count(raw: unknown): number | null {
  return or(amount, raw, null)
}

function wholeCount(raw: unknown): number | null {
  return or(whole, raw, null)
}

function parseFile(raw: unknown): TurnFile | null {
  if (!isRecord(raw) || typeof raw.url !== 'string') return null
  const file: TurnFile = {
    filename: text(raw.filename),
    mediaType: stringOr(raw.mediaType, 'application/octet-stream'),
    url: raw.url,
  }
  const size = wholeCount(raw.size)
  if (size !== null) file.size = size
  return file
}

function parseTurn(raw: unknown): Turn | null {
  if (!isRecord(raw)) return null
  return {
    id: stringOr(raw.id, ''),
    // -1 marks a missing position; parseTurns gives it the turn's place in the list.
    seq: wholeCount(raw.seq) ?? -1,
    role: stringOr(raw.role, ''),
    status: stringOr(raw.status, ''),
    input: stringOr(raw.input, ''),
    outputText: stringOr(raw.outputText, ''),
    startedAt: text(raw.startedAt),
    completedAt: text(raw.completedAt),
    durationMs: count(raw.durationMs),
    credits: count(raw.credits),
    inputTokens: count(raw.inputTokens),
    outputTokens: count(raw.outputTokens),
    files: Array.isArray(raw.files)
      ? raw.files.flatMap((item) => {
          const file = parseFile(item)
          return file ? [file] : []
        })
      : [],
    structuredOutput: raw.structuredOutput ?? null,
  }
}

function parseTotals(raw: unknown): Totals {
  if (!isRecord(raw)) return { credits: null, durationMs: null, turnCount: null }
  return {
    credits: count(raw.credits),
    durationMs: count(raw.durationMs),
    turnCount: count(raw.turnCount),
  }
}

function parseTask(raw: unknown): Task | null {
  if (!isRecord(raw) || typeof raw.id !== 'string') return null
  return {
    id: raw.id,
    workerId: text(raw.workerId),
    title: stringOr(raw.title, ''),
    status: stringOr(raw.status, ''),
    triggeredBy: text(raw.triggeredBy),
    createdAt: text(raw.createdAt),
    completedAt: text(raw.completedAt),
    url: text(raw.url),
    totals: parseTotals(raw.totals),
  }
}

/** Turns in execution order; an unreadable turn is left out rather than failing the list. */
export function parseTurns(raw: unknown): Turn[] {
  if (!Array.isArray(raw)) return []
  return raw
    .flatMap((item) => {
      const turn = parseTurn(item)
      return turn ? [turn] : []
    })
    .map((turn, index) => (turn.seq < 0 ? { ...turn, seq: index } : turn))
    .sort((a, b) => a.seq - b.seq)
}

/**
 * `GET /api/tasks/{id}` in either shape: `{ task, turns }` (until July 2026) or `{ task }`
 * (turns then come from `/turns`). `turns` is null when the response has none.
 */
export function parseTaskResponse(raw: unknown): { task: Task; turns: Turn[] | null } | null {
  if (!isRecord(raw)) return null
  const task = parseTask(raw.task)
  if (!task) return null
  return { task, turns: Array.isArray(raw.turns) ? parseTurns(raw.turns) : null }
}

/** `GET /api/tasks/{id}/turns` → `{ items, taskId }`. */
export function parseTurnsResponse(raw: unknown): Turn[] | null {
  if (!isRecord(raw) || !Array.isArray(raw.items)) return null
  return parseTurns(raw.items)
}
