import { CHUNK_CHARS } from './markdown-chunks'
import type { MarkdownBlock, ParseOptions } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'
import { plainBlocks } from './plain-blocks'

/*
 * Hands markdown to a Web Worker one text at a time and enforces a deadline: if the worker has
 * not answered a chunk in time, it is terminated and the rest of the text is shown as plain
 * text. Until the worker has started on a request (its script, and the entity table a text may
 * need, can come over a slow network) it has longer. The page never parses markdown itself (the
 * parser is the worker's alone), so where there is no Worker (a server render) a text stays
 * plain text.
 *
 * Short texts (messages, a turn's answer) have a worker of their own, so they never wait behind
 * a long answer parsed chunk by chunk; one whose reader has gone (a message scrolled out of a
 * list) is left to finish, since it costs the worker a moment, rather than replacing the worker
 * as a long document does.
 */
export const DEADLINE_MS = 2_500
export const START_MS = 20_000

export type BlocksUpdate = (blocks: MarkdownBlock[], done: boolean) => void

type Job = { request: ParseRequest; onUpdate: BlocksUpdate; parsedTo: number }

/** What the client needs of a Worker (a stand-in in tests). */
export type WorkerLike = {
  postMessage(request: ParseRequest): void
  terminate(): void
  addEventListener(
    type: 'message' | 'error',
    listener: (event: MessageEvent<ParseReply>) => void,
  ): void
}

export type ClientOptions = {
  createWorker: (() => WorkerLike) | null
  deadlineMs?: number
  startMs?: number
}

export type MarkdownClient = {
  /** Parses `text`; returns a function that cancels the request. */
  request(text: string, options: ParseOptions, onUpdate: BlocksUpdate): () => void
}

const isShort = (job: Job) => job.request.text.length <= CHUNK_CHARS
const ignore: BlocksUpdate = () => {}

const plainOnly: MarkdownClient = {
  request(text, _options, onUpdate) {
    onUpdate(plainBlocks(text), true)
    return () => {}
  },
}

export function createMarkdownClient({
  createWorker,
  deadlineMs = DEADLINE_MS,
  startMs = START_MS,
}: ClientOptions): MarkdownClient {
  if (!createWorker) return plainOnly
  const spawn = createWorker
  let nextId = 1
  let worker: WorkerLike | null = null
  let current: Job | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const queue: Job[] = []

  function finish(): void {
    clearTimeout(timer)
    current = null
    const next = queue.shift()
    if (next) start(next)
  }

  function giveUp(job: Job): void {
    worker?.terminate()
    worker = null
    job.onUpdate(plainBlocks(job.request.text, job.parsedTo), true)
    finish()
  }

  function arm(job: Job, ms: number): void {
    clearTimeout(timer)
    timer = setTimeout(() => giveUp(job), ms)
  }

  function onReply(reply: ParseReply): void {
    const job = current
    if (!job || reply.id !== job.request.id) return
    const started = reply.blocks.length === 0 && !reply.done
    job.parsedTo = reply.parsedTo
    if (!started) job.onUpdate(reply.blocks, reply.done)
    if (reply.done) finish()
    else arm(job, deadlineMs)
  }

  function ensureWorker(): WorkerLike {
    if (worker) return worker
    const created = spawn()
    created.addEventListener('message', (event) => onReply(event.data))
    // A worker that fails to load or throws gets the same treatment as one that is too slow.
    created.addEventListener('error', () => {
      if (current) giveUp(current)
    })
    worker = created
    return created
  }

  function start(job: Job): void {
    current = job
    ensureWorker().postMessage(job.request)
    arm(job, startMs)
  }

  function request(text: string, options: ParseOptions, onUpdate: BlocksUpdate): () => void {
    const job: Job = { request: { id: nextId++, text, options }, onUpdate, parsedTo: 0 }
    if (current) queue.push(job)
    else start(job)
    return () => {
      const queued = queue.indexOf(job)
      if (queued !== -1) queue.splice(queued, 1)
      if (current !== job) return
      if (isShort(job)) {
        job.onUpdate = ignore
        return
      }
      // A worker busy with a long document cannot be interrupted: it is replaced instead.
      worker?.terminate()
      worker = null
      finish()
    }
  }

  return { request }
}

function browserWorker(): WorkerLike {
  return new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module' })
}

const createWorker = typeof Worker === 'undefined' ? null : browserWorker

/** Long texts, chunk by chunk: the answer, long messages, texts that may be slow to parse. */
export const documentClient = createMarkdownClient({ createWorker })
/** Short texts: messages, a turn's answer. */
export const shortTextClient = createMarkdownClient({ createWorker })
