import { renderToString } from 'react-dom/server'
import { parseTaskResponse } from '@/api/task/schema'
import { parseWorker } from '@/api/worker/schema'
import { workerStatus } from '@/api/worker/status'
import { FirstScreen } from '@/components/first-screen/first-screen'
import { runTitle } from '@/api/worker/run-title-text'
import { untilAborted } from '@/shared/until-aborted'
import { INLINE_HEADERS, type InlineAnswer } from '@/shared/inline-answers'
import { type RunPage, runPageReads } from './run-preloads'

/*
 * A run page's first screen, sent as HTML with the page. The server reads what the page would
 * read first, through its own /api and /_app routes with the visitor's own request headers (so
 * the same access check, key, shared reads, size cap and scrubbing apply, and a visitor who may
 * not read gets nothing here either), renders the app's first screen from it, and writes the
 * answers into the page for the app's queries to start with (api/inline-answers.ts). The reader
 * sees the run as soon as the HTML and the stylesheet are in, before any script has arrived;
 * the app then takes over with the same answers and asks nothing again.
 *
 * An error answer comes along too, as the page's own first answer (a 429 is then waited out as
 * told, not asked again at once), but draws nothing: the app says what went wrong. Answers not all
 * in time (a slow Handinger) send the page as before, which preloads the same reads instead.
 */
export type OwnRead = (url: string, signal: AbortSignal) => Promise<Response>

export type FirstScreenPage = {
  answers: InlineAnswer[]
  /** The drawn screen and its title; null when an answer is an error (the app then says it). */
  root: string | null
  title: string | null
  /** Cookies the reads set (a session renewed, the demo's per-visitor state): the page sets them. */
  cookies: string[]
}

export const CONFIG_URL = '/_app/config'
/** How long a page waits for its answers before it goes without them. */
export const FIRST_SCREEN_WAIT_MS = 1_500

export async function firstScreenPage(
  page: RunPage,
  read: OwnRead,
  options: { demo: boolean; waitMs?: number },
): Promise<FirstScreenPage | null> {
  if (page.kind !== 'worker') return null
  const { workerId, taskId } = page
  const urls = [CONFIG_URL, ...runPageReads(page)]
  const reads = await readAll(urls, read, options.waitMs ?? FIRST_SCREEN_WAIT_MS)
  if (!reads) return null
  const answers = reads.map(({ url, status, headers, text }) => ({ url, status, headers, text }))
  const cookies = reads.flatMap((answer) => answer.cookies)
  const unanswered = { answers, root: null, title: null, cookies }
  const [, workerAnswer, taskAnswer] = answers
  if (!workerAnswer || answers.some((answer) => answer.status !== 200)) return unanswered
  const parsed = parseWorker(jsonOf(workerAnswer.text), workerId)
  if (!parsed) return unanswered
  const task = taskAnswer ? parseTaskResponse(jsonOf(taskAnswer.text)) : null
  const status = workerStatus(parsed.worker, task?.task.status)
  const root = renderToString(
    <FirstScreen demo={options.demo} worker={parsed.worker} workerId={workerId} task={task} />,
  )
  const title = runTitle({ status, paused: false, workerId, taskId })
  return { answers, root, title, cookies }
}

/** Every URL's answer within `waitMs`, or null (what is still under way is dropped). */
async function readAll(urls: string[], read: OwnRead, waitMs: number): Promise<OwnAnswer[] | null> {
  const stop = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs)
  })
  const all = Promise.all(urls.map((url) => readOne(url, read, stop.signal))).then(
    (answers) => (answers.every((answer) => answer !== null) ? answers : null),
    () => null,
  )
  try {
    return await Promise.race([all, late])
  } finally {
    clearTimeout(timer)
    stop.abort()
  }
}

type OwnAnswer = InlineAnswer & { cookies: string[] }

async function readOne(url: string, read: OwnRead, signal: AbortSignal): Promise<OwnAnswer | null> {
  const response = await read(url, signal)
  // Our routes answer JSON, or plain text for an error; anything else is not the page's to take.
  const type = response.headers.get('Content-Type') ?? ''
  if (!/^(application\/json|text\/plain)\b/.test(type)) {
    await response.body?.cancel()
    return null
  }
  const text = await untilAborted(response.text(), signal)
  const headers: Record<string, string> = {}
  for (const name of INLINE_HEADERS) {
    const value = response.headers.get(name)
    if (value !== null) headers[name] = value
  }
  const cookies = response.headers.getSetCookie()
  return { url, status: response.status, headers, text, cookies }
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
