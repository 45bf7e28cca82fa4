import { z } from 'zod'
import { isRecord } from '@/shared/guards'

/*
 * The Task and its Turns (handinger-api.md §5.2), all camelCase. Lenient like the Worker: a
 * field that breaks its schema falls back to an empty value instead of failing the task.
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

export type Task = {
  id: string
  workerId: string | null
  title: string
  status: TaskStatus
  triggeredBy: string | null
  createdAt: string | null
  completedAt: string | null
  url: string | null
  totals: { credits: number | null; durationMs: number | null; turnCount: number | null }
}

const count = z
  .number()
  .nonnegative()
  .nullish()
  .catch(null)
  .transform((n) => n ?? null)
const text = z
  .string()
  .nullish()
  .catch(null)
  .transform((s) => s ?? null)

const fileSchema = z.object({
  filename: text,
  mediaType: z.string().catch('application/octet-stream'),
  url: z.string(),
  size: z.number().int().nonnegative().optional().catch(undefined),
})

const turnSchema = z.object({
  id: z.string().catch(''),
  seq: z.number().int().nonnegative().catch(-1),
  role: z.string().catch(''),
  status: z.string().catch(''),
  input: z.string().catch(''),
  outputText: z.string().catch(''),
  startedAt: text,
  completedAt: text,
  durationMs: count,
  credits: count,
  inputTokens: count,
  outputTokens: count,
  files: z
    .array(z.unknown())
    .catch([])
    .optional()
    .transform((list) =>
      (list ?? []).flatMap((item) => {
        const parsed = fileSchema.safeParse(item)
        return parsed.success ? [parsed.data] : []
      }),
    ),
  structuredOutput: z
    .unknown()
    .optional()
    .transform((v) => v ?? null),
})

const taskSchema = z.object({
  id: z.string(),
  workerId: text,
  title: z.string().catch(''),
  status: z.string().catch(''),
  triggeredBy: text,
  createdAt: text,
  completedAt: text,
  url: text,
  totals: z
    .object({ credits: count, durationMs: count, turnCount: count })
    .nullish()
    .catch(null)
    .transform((t) => t ?? { credits: null, durationMs: null, turnCount: null }),
})

/** Turns in execution order; an unreadable turn is left out rather than failing the list. */
export function parseTurns(raw: unknown): Turn[] {
  if (!Array.isArray(raw)) return []
  return raw
    .flatMap((item) => {
      const parsed = turnSchema.safeParse(item)
      return parsed.success ? [parsed.data] : []
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
  const parsed = taskSchema.safeParse(raw.task)
  if (!parsed.success) return null
  return { task: parsed.data, turns: Array.isArray(raw.turns) ? parseTurns(raw.turns) : null }
}

/** `GET /api/tasks/{id}/turns` → `{ items, taskId }`. */
export function parseTurnsResponse(raw: unknown): Turn[] | null {
  if (!isRecord(raw) || !Array.isArray(raw.items)) return null
  return parseTurns(raw.items)
}

const ACTIVE = new Set(['pending', 'running'])

export function isTaskActive(task: Task | undefined): boolean {
  return task !== undefined && ACTIVE.has(task.status)
}
