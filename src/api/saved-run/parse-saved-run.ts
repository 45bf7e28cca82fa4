import { parseJson } from '@/api/json-boundary'
import { type Task, type Turn, parseTaskResponse } from '@/api/task/schema'
import { type Worker, parseWorker } from '@/api/worker/schema'
import { taskStatus } from '@/api/worker/status'
import { ellipsize, revealHidden } from '@/lib/visible-text'
import { isRecord } from '@/shared/guards'

/*
 * A run saved as a file: what "Download JSON" writes (the worker response as received), a
 * worker response saved from anywhere else, or a task with its turns (`GET /api/tasks/{id}`).
 * It is read in the browser and never sent anywhere.
 */
export type SavedRun = {
  /** The file's name, as the person's system gave it. */
  fileName: string
  worker: Worker
  /** Parse notes, as a live worker has them. */
  problems: string[]
  /** Present when the file was a task: its own facts and turns. */
  task: { task: Task; turns: Turn[] } | null
}

export type SavedRunResult = { ok: true; run: SavedRun } | { ok: false; message: string }

/** Larger files are refused before they are read: a browser tab would struggle with them anyway. */
export const MAX_SAVED_RUN_BYTES = 64 * 1024 * 1024

// Keys that only a worker response has; a record with none of them is something else.
const WORKER_KEYS = ['output_text', 'messages', 'output', 'status', 'running', 'sources']

export function parseSavedRun(text: string, fileName: string): SavedRunResult {
  let raw: unknown
  try {
    raw = parseJson(text)
  } catch {
    return {
      ok: false,
      message: `${quoted(fileName)} is not JSON, so it cannot be opened as a run.`,
    }
  }
  if (!isRecord(raw)) {
    return { ok: false, message: `${quoted(fileName)} holds JSON, but not a worker or a task.` }
  }

  if (isRecord(raw.task)) {
    const parsed = parseTaskResponse(raw)
    if (parsed) {
      const turns = parsed.turns ?? []
      return {
        ok: true,
        run: {
          fileName,
          worker: workerOfTask(parsed.task, turns),
          problems: [],
          task: { task: parsed.task, turns },
        },
      }
    }
  }

  if (raw.object === 'worker' || WORKER_KEYS.some((key) => Object.hasOwn(raw, key))) {
    const parsed = parseWorker(raw, typeof raw.id === 'string' && raw.id ? raw.id : 'saved run')
    if (parsed) return { ok: true, run: { fileName, ...parsed, task: null } }
  }
  return {
    ok: false,
    message: `${quoted(fileName)} holds JSON, but not a worker response or a task with its turns.`,
  }
}

/*
 * A task file has no conversation, sources or run-wide files; its turns say what was asked and
 * answered, so they become the conversation, and the last turn's answer the output.
 */
function workerOfTask(task: Task, turns: Turn[]): Worker {
  const last = turns.at(-1)
  const messages = turns.flatMap((turn) => [
    message(`${turn.id}-input`, 'user', turn.input),
    message(`${turn.id}-output`, 'assistant', turn.outputText),
  ])
  const createdMs = task.createdAt === null ? Number.NaN : Date.parse(task.createdAt)
  return {
    id: task.workerId ?? task.id,
    responseId: null,
    rawStatus: taskStatus(task.status).active ? 'running' : 'completed',
    running: false,
    createdAt: Number.isFinite(createdMs) ? Math.floor(createdMs / 1000) : null,
    url: task.url,
    messages,
    outputText: last?.outputText ?? '',
    sources: [],
    files: turns.flatMap((turn) => turn.files),
    structuredOutput: last?.structuredOutput ?? null,
    usage: null,
    costs: null,
    metadata: null,
    error: null,
    incompleteDetails: null,
    output: [],
    extraFields: {},
  }
}

function message(id: string, role: 'user' | 'assistant', text: string) {
  return { id, role, parts: text ? [{ type: 'text', text }] : [] }
}

// A file name is chosen by whoever made the file: its hidden characters are shown as such.
function quoted(fileName: string): string {
  return `“${ellipsize(revealHidden(fileName), 60)}”`
}
