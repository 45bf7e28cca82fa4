import { isRecord } from '@/shared/guards'
import { hideUrlIn, maskUrl } from './mask-url'

/*
 * The two webhook answers as the browser may see them. Built from named fields only: a field
 * Handinger adds later (request headers, a signing secret) is left out rather than passed on
 * unread. Null means the body is not the shape expected, and nothing of it is passed on.
 */
export type BrowserWebhook = { url: string | null; hasToken: boolean }

/** `{ url, token }` → `{ url: <masked>, hasToken }`: the token itself never leaves the server. */
export function browserWebhook(body: unknown): BrowserWebhook | null {
  if (!isRecord(body)) return null
  const { url, token } = body
  if (!(typeof url === 'string' || url === null)) return null
  if (!(typeof token === 'string' || token === null)) return null
  return { url: url === null ? null : maskUrl(url), hasToken: token !== null && token !== '' }
}

const PAGE_FIELDS = ['page', 'pageCount', 'totalCount'] as const
const LOG_FIELDS = [
  'id',
  'createdAt',
  'durationMs',
  'requestStatus',
  'responseStatus',
  'taskId',
  'taskTitle',
  'workerId',
] as const

type Plain = string | number | boolean | null
const isPlain = (value: unknown): value is Plain =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

// A receiver that echoes the request into its error text would quote the secret header.
const TOKEN_HEADER = /(X-Handinger-Token["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi

/** A delivery log with its URL masked, and that URL and the token header out of its error. */
function browserLog(raw: unknown): Record<string, Plain> | null {
  if (!isRecord(raw)) return null
  const log: Record<string, Plain> = {}
  for (const field of LOG_FIELDS) {
    const value = raw[field]
    if (isPlain(value)) log[field] = value
  }
  const rawUrl = typeof raw.url === 'string' ? raw.url : null
  log.url = rawUrl === null ? null : maskUrl(rawUrl)
  const error = raw.errorMessage
  if (typeof error === 'string') {
    const withoutUrl = rawUrl === null ? error : hideUrlIn(error, rawUrl)
    log.errorMessage = withoutUrl.replace(TOKEN_HEADER, '$1[redacted]')
  } else {
    log.errorMessage = null
  }
  return log
}

/** `{ logs, page, pageCount, totalCount }` with every log passed through browserLog. */
export function browserExecutions(body: unknown): Record<string, unknown> | null {
  if (!isRecord(body) || !Array.isArray(body.logs)) return null
  const logs = body.logs.map(browserLog)
  if (logs.some((log) => log === null)) return null
  const page: Record<string, unknown> = { logs }
  for (const field of PAGE_FIELDS) if (isPlain(body[field])) page[field] = body[field]
  return page
}
