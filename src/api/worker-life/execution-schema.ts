import { isRecord, or, sensibleFigure, string } from '@/shared/guards'
import { type TaskId, parseId } from '@/shared/ids'

/*
 * One page of a worker's webhook delivery log (handinger-api.md §5.6): the only record of the
 * worker's past runs the API offers. Read field by field like the Worker: an odd field becomes
 * an empty value, an entry that is not an object is counted and left out, and nothing throws
 * short of a body that is not an object at all.
 */
export const EXECUTIONS_PAGE_SIZE = 50

export type DeliveryOutcome = 'success' | 'error' | 'unknown'

export type WebhookExecution = {
  /** As sent; '' when missing. Not unique enough to be a key (the API may repeat it). */
  id: string
  /** Epoch milliseconds: plain numbers, so an unchanged answer shares its structure. */
  createdAt: number | null
  durationMs: number | null
  errorMessage: string | null
  requestStatus: DeliveryOutcome
  responseStatus: number | null
  /** The checked ID, or null when the log names none or one that cannot be a task's. */
  taskId: TaskId | null
  /** The task ID as sent, for showing an unlinkable one. */
  rawTaskId: string | null
  taskTitle: string | null
  /** Masked by our server (scheme and host only). */
  url: string | null
}

export type ExecutionsPage = {
  logs: WebhookExecution[]
  page: number
  /** 0 when the log is empty. */
  pageCount: number
  totalCount: number | null
  /** Entries of `logs` that were not objects and are not shown. */
  unreadable: number
}

const whole = sensibleFigure(true)
const amount = sensibleFigure(false)

function text(raw: unknown): string | null {
  return or(string, raw, null)
}

/** An ISO date-time as epoch milliseconds; null for anything that does not read as one. */
export function instant(raw: unknown): number | null {
  if (typeof raw !== 'string') return null
  const ms = Date.parse(raw)
  return Number.isNaN(ms) ? null : ms
}

function outcome(raw: unknown): DeliveryOutcome {
  return raw === 'success' || raw === 'error' ? raw : 'unknown'
}

/** An HTTP status: a whole number from 100 to 599. */
function httpStatus(raw: unknown): number | null {
  const value = or(whole, raw, null)
  return value !== null && value >= 100 && value <= 599 ? value : null
}

export function parseExecution(raw: unknown): WebhookExecution | null {
  if (!isRecord(raw)) return null
  const rawTaskId = text(raw.taskId)
  return {
    id: text(raw.id) ?? '',
    createdAt: instant(raw.createdAt),
    durationMs: or(amount, raw.durationMs, null),
    errorMessage: text(raw.errorMessage),
    requestStatus: outcome(raw.requestStatus),
    responseStatus: httpStatus(raw.responseStatus),
    taskId: parseId('task', rawTaskId),
    rawTaskId,
    taskTitle: text(raw.taskTitle),
    url: text(raw.url),
  }
}

/** Returns null when the body is not an object; `requestedPage` stands in for an odd `page`. */
export function parseExecutionsPage(raw: unknown, requestedPage: number): ExecutionsPage | null {
  if (!isRecord(raw)) return null
  const entries = Array.isArray(raw.logs) ? raw.logs : []
  const logs: WebhookExecution[] = []
  for (const entry of entries) {
    const log = parseExecution(entry)
    if (log) logs.push(log)
  }
  const page = positive(raw.page) ?? requestedPage
  const totalCount = or(whole, raw.totalCount, null)
  return {
    logs,
    page,
    pageCount: or(whole, raw.pageCount, null) ?? guessPageCount(page, logs.length, totalCount),
    totalCount,
    unreadable: entries.length - logs.length,
  }
}

function positive(raw: unknown): number | null {
  const value = or(whole, raw, null)
  return value !== null && value >= 1 ? value : null
}

/** Without a page count: from the total when there is one, else at least this page. */
function guessPageCount(page: number, shown: number, totalCount: number | null): number {
  if (totalCount !== null) return Math.ceil(totalCount / EXECUTIONS_PAGE_SIZE)
  return shown > 0 || page > 1 ? page : 0
}

/**
 * The one rule for a failed delivery: the log says so, or the receiver answered outside 2xx
 * (a 'success' with a 500 is not one the reader should trust).
 */
export function deliveryFailed(log: WebhookExecution): boolean {
  if (log.requestStatus === 'error') return true
  return log.responseStatus !== null && (log.responseStatus < 200 || log.responseStatus > 299)
}
