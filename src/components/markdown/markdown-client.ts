import { looksPathological } from './markdown-budget'
import { splitChunks } from './markdown-chunks'
import { type MarkdownBlock, type ParseOptions, parseBlocks } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'
import { plainBlocks } from './plain-blocks'

/*
 * Hands markdown to a Web Worker one document at a time and enforces a deadline: if the worker
 * has not answered a chunk in time, it is terminated and the rest of the document is shown as
 * plain text. Where there is no Worker (jsdom in unit tests), the same chunks are parsed on the
 * main thread with a pause between them; texts that look pathological then go straight to plain
 * text, since a main-thread parse cannot be stopped once started.
 */
export const DEADLINE_MS = 2_500

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

export type ClientOptions = { createWorker: (() => WorkerLike) | null; deadlineMs?: number }

export function createMarkdownClient({ createWorker, deadlineMs = DEADLINE_MS }: ClientOptions) {
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

  function arm(job: Job): void {
    clearTimeout(timer)
    timer = setTimeout(() => giveUp(job), deadlineMs)
  }

  function onReply(reply: ParseReply): void {
    const job = current
    if (!job || reply.id !== job.request.id) return
    job.parsedTo = reply.parsedTo
    job.onUpdate(reply.blocks, reply.done)
    if (reply.done) finish()
    else arm(job)
  }

  function ensureWorker(factory: () => WorkerLike): WorkerLike {
    if (worker) return worker
    const created = factory()
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
    if (createWorker) {
      ensureWorker(createWorker).postMessage(job.request)
      arm(job)
    } else {
      parseInSlices(job)
    }
  }

  function parseInSlices(job: Job): void {
    const { text, options } = job.request
    if (looksPathological(text)) {
      job.onUpdate(plainBlocks(text, 0), true)
      finish()
      return
    }
    const chunks = splitChunks(text)
    const step = (index: number) => {
      const chunk = chunks[index]
      if (current !== job || !chunk) return
      const began = performance.now()
      const blocks = parseBlocks(chunk.text, chunk.start, options)
      job.parsedTo = chunk.start + chunk.text.length
      const done = index === chunks.length - 1
      job.onUpdate(blocks, done)
      if (done) return finish()
      if (performance.now() - began > deadlineMs) return giveUp(job)
      timer = setTimeout(() => step(index + 1), 0)
    }
    timer = setTimeout(() => step(0), 0)
  }

  /** Parses `text`; returns a function that cancels the request. */
  function request(text: string, options: ParseOptions, onUpdate: BlocksUpdate): () => void {
    const job: Job = { request: { id: nextId++, text, options }, onUpdate, parsedTo: 0 }
    if (current) queue.push(job)
    else start(job)
    return () => {
      const queued = queue.indexOf(job)
      if (queued !== -1) queue.splice(queued, 1)
      if (current !== job) return
      // A busy worker cannot be interrupted: it is replaced instead.
      if (createWorker) {
        worker?.terminate()
        worker = null
      }
      finish()
    }
  }

  return { request }
}

function browserWorker(): WorkerLike {
  return new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module' })
}

export const markdownClient = createMarkdownClient({
  createWorker: typeof Worker === 'undefined' ? null : browserWorker,
})
