import { formatBytes } from '@/lib/format'
import { yieldToBrowser } from '@/lib/yield-to-browser'
import { readCapped } from '@/shared/read-capped'
import { parseRetryAfter } from '@/shared/retry-after'
import { untilAborted } from '@/shared/until-aborted'
import { type Query, relativeApiUrl } from '@/shared/run-requests'
import type { InlineAnswer } from '@/shared/inline-answers'
import { ApiError, kindForStatus } from './api-error'
import { errorBodyMessage } from './error-body'
import { takeInlineAnswer } from './inline-answers'
import { looksTruncated, parseJson } from './json-boundary'

/*
 * The one place that talks to our own server (/api and /_app). It owns the URL building, the
 * AbortSignal, error typing and the JSON boundary: callers see the body only through `parse`.
 */

export type ApiRequest<T> = {
  path: string[]
  query?: Query
  signal?: AbortSignal
  parse: (raw: unknown) => T
  /**
   * When the body is the last one read from this URL, hand back the value parsed then, so the
   * view keeps the very same objects (and nothing re-renders). The request carries that body's
   * ETag: the server answers 304 with no body, and a poll of a big running worker that brings
   * nothing new reads no megabytes at all. (Left to the browser's cache, the same 304 would come
   * back to fetch as a 200 with the whole stored body, to be decoded and compared again.)
   * Without an ETag, an identical body still counts as unchanged.
   */
  reuseUnchanged?: boolean
}

type Remembered = { text: string; etag: string | null; value: unknown }
const lastAnswers = new Map<string, Remembered>()
// A few views at a time (a worker, its task, a tab switched back to); oldest forgotten first.
const REMEMBERED_URLS = 4

export function apiUrl(path: string[], query: Query = {}): string {
  // encodeURIComponent leaves '.' alone and URL parsing resolves dot segments, so refuse them.
  if (path.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new ApiError('invalid-id', 'The address contains an empty or dot path segment.')
  }
  return new URL(relativeApiUrl({ path, query }), window.location.origin).href
}

/** A body longer than this is parsed in a task of its own, after the one that decoded it. */
const PARSE_IN_ITS_OWN_TASK_CHARS = 256 * 1024

/** A request (headers and body) that takes longer than this is abandoned and retried. */
export const REQUEST_TIMEOUT_MS = 30_000

export async function apiFetch<T>(request: ApiRequest<T>): Promise<T> {
  const { signal, reuseUnchanged = false } = request
  const url = apiUrl(request.path, request.query)
  const timeout = new AbortController()
  const onAbort = () => timeout.abort(signal?.reason)
  if (signal?.aborted) onAbort()
  else signal?.addEventListener('abort', onAbort)
  const timer = setTimeout(() => timeout.abort(), REQUEST_TIMEOUT_MS)
  try {
    const remembered = reuseUnchanged ? lastAnswers.get(url) : undefined
    // The page's first read of a URL may have come with the page (api/inline-answers.ts).
    const inline = remembered ? null : takeInlineAnswer(url)
    if (inline) return takeAnswer(url, request, inlineAnswer(inline))
    const { response, text } = await read(url, timeout.signal, signal, remembered?.etag ?? null)
    // Megabytes take tens of milliseconds to decode and as many to parse: two tasks, not one.
    if (text.length > PARSE_IN_ITS_OWN_TASK_CHARS) await yieldToBrowser()
    // Only a request that named a remembered body's ETag can get a 304.
    if (remembered && response.status === 304) {
      remember(url, remembered)
      return remembered.value as T
    }
    return takeAnswer(url, request, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      text,
    })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

/** An answer read whole: from a fetch, or as the server read it for the live watch. */
export type ReadAnswer = { status: number; statusText?: string; headers: Headers; text: string }

/**
 * The answer to `request` that was read elsewhere (the live watch, api/live-stream.ts), taken
 * exactly as apiFetch takes its own: the same errors, the same parse, and remembered, so the
 * next fetch of this URL asks with its ETag and an unchanged body costs a 304.
 */
export function answerFrom<T>(request: ApiRequest<T>, answer: ReadAnswer): T {
  return takeAnswer(apiUrl(request.path, request.query), request, answer)
}

function takeAnswer<T>(url: string, request: ApiRequest<T>, answer: ReadAnswer): T {
  const { status, headers, text } = answer
  if (status < 200 || status > 299) {
    throw new ApiError(
      kindForStatus(status),
      errorBodyMessage(text, `${status} ${answer.statusText ?? ''}`.trim()),
      { status, retryAfterMs: parseRetryAfter(headers) },
    )
  }
  const remembered = request.reuseUnchanged ? lastAnswers.get(url) : undefined
  const etag = headers.get('etag')
  // The value was made by this same parse from this same URL's identical text.
  if (remembered?.text === text) {
    remember(url, { ...remembered, etag })
    return remembered.value as T
  }
  const value = request.parse(parseBody(text, status))
  if (request.reuseUnchanged) remember(url, { text, etag, value })
  return value
}

function inlineAnswer({ status, headers, text }: InlineAnswer): ReadAnswer {
  return { status, headers: new Headers(headers), text }
}

function remember(url: string, answer: Remembered): void {
  lastAnswers.delete(url)
  lastAnswers.set(url, answer)
  for (const oldest of lastAnswers.keys()) {
    if (lastAnswers.size <= REMEMBERED_URLS) break
    lastAnswers.delete(oldest)
  }
}

/**
 * Headers and the whole body; any failure on the way is a network error (retried). With an
 * If-None-Match of our own, fetch bypasses the browser's cache and hands a 304 through as is.
 */
async function read(
  url: string,
  timeout: AbortSignal,
  caller: AbortSignal | undefined,
  etag: string | null,
) {
  const networkError = (message: string) => new ApiError('network', message)
  // No Accept header (every /api answer is JSON anyway): the page's first request must carry
  // the headers of the preload the server put in the page's head (none), or Chromium fetches
  // it twice. If-None-Match is one it ignores when matching.
  const headers: Record<string, string> = {}
  if (etag) headers['If-None-Match'] = etag
  try {
    const response = await fetch(url, { signal: timeout, headers })
    // Not every fetch implementation stops reading the body on abort, so race it.
    const bytes = await untilAborted(readBody(response), timeout)
    if (isShort(response.headers, bytes.byteLength)) {
      throw cutOff(bytes.byteLength, response.status)
    }
    return { response, text: new TextDecoder().decode(bytes) }
  } catch (error) {
    if (caller?.aborted) throw error
    if (error instanceof ApiError) throw error
    if (timeout.aborted) {
      throw networkError(`The server did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`)
    }
    throw networkError(
      'Could not reach the server, or the connection dropped. Check your connection.',
    )
  }
}

/**
 * The whole body. A connection that drops after part of it arrived is a cut-off body (told with
 * its size, tried a few times); one that drops before any byte is a network error.
 */
async function readBody(response: Response): Promise<Uint8Array> {
  const progress = { bytes: 0 }
  try {
    return (await readCapped(response.body, Number.POSITIVE_INFINITY, progress)) ?? new Uint8Array()
  } catch (error) {
    if (progress.bytes > 0) throw cutOff(progress.bytes, response.status)
    throw error
  }
}

/** Fewer bytes than Content-Length promised (only comparable when nothing was decompressed). */
function isShort(headers: Headers, received: number): boolean {
  const declared = headers.get('content-length')
  if (declared === null || headers.has('content-encoding')) return false
  const expected = Number(declared)
  return Number.isSafeInteger(expected) && received < expected
}

function parseBody(text: string, status: number): unknown {
  try {
    return parseJson(text)
  } catch {
    if (looksTruncated(text)) throw cutOff(new TextEncoder().encode(text).byteLength, status)
    throw new ApiError(
      'invalid-json',
      'The server answered with something that is not valid JSON.',
      {
        status,
      },
    )
  }
}

/** A body that stops mid-JSON: maybe a dropped connection, so it is tried again a few times. */
function cutOff(received: number, status: number): ApiError {
  return new ApiError(
    'truncated',
    `The response stopped after ${formatBytes(received)}, before its JSON was complete.`,
    { status },
  )
}
