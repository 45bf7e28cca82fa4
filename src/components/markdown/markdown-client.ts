import { inProcessWorker } from './in-process-worker'
import type { MarkdownBlock, ParseOptions } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'
import { plainBlocks } from './plain-blocks'

/*
 * Hands markdown to one Web Worker: documents chunk by chunk, small texts whole, small texts
 * first so that a long answer never holds up the messages beside it. The worker answers in the
 * order it was asked, so the oldest unanswered request is the one it is busy with; if that one
 * is not answered in time, the worker is replaced: a document shows the rest of its text as
 * plain text, a small text stays text, and everything else is asked again of the new worker.
 */
export const DEADLINE_MS = 2_500
/* Requests sent ahead of the replies. A document keeps many chunks asked ahead, so that the
   worker never waits for a busy page to ask for the next one (a long answer then finishes as
   fast as the worker parses); a small text asked for meanwhile waits behind those at most, and
   one scrolled away before its turn is withdrawn rather than parsed for nothing. */
export const WINDOW = 18
export const DOCUMENT_AHEAD = 16

export type BlocksUpdate = (blocks: MarkdownBlock[], done: boolean) => void
/** The blocks of a small text, or null when it could not be parsed in time (shown as text). */
export type SmallResult = (blocks: MarkdownBlock[] | null) => void

type DocumentJob = {
  kind: 'document'
  id: number
  text: string
  options: ParseOptions
  onUpdate: BlocksUpdate
  parsedTo: number
  /** Requests of this document sent and not yet answered. */
  sent: number
  /** The worker that holds the document's chunks, once one was asked. */
  holder: WorkerLike | null
  finished: boolean
}

type SmallJob = {
  kind: 'small'
  id: number
  text: string
  options: ParseOptions
  onDone: SmallResult
}

type Job = DocumentJob | SmallJob

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
  createWorker: () => WorkerLike
  /** Used from then on if a worker fails before its first reply (it could not even load). */
  fallback?: () => WorkerLike
  deadlineMs?: number
}

export function createMarkdownClient({
  createWorker,
  fallback,
  deadlineMs = DEADLINE_MS,
}: ClientOptions) {
  let factory = createWorker
  let nextId = 1
  let worker: WorkerLike | null = null
  let answered = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const smalls: SmallJob[] = []
  const documents: DocumentJob[] = []
  const inFlight: Job[] = []

  function arm(): void {
    clearTimeout(timer)
    if (inFlight.length) timer = setTimeout(replaceWorker, deadlineMs)
  }

  function endDocument(job: DocumentJob): void {
    job.finished = true
    const index = documents.indexOf(job)
    if (index !== -1) documents.splice(index, 1)
  }

  function fail(job: Job): void {
    if (job.kind === 'small') return job.onDone(null)
    if (job.finished) return
    endDocument(job)
    job.onUpdate(plainBlocks(job.text, job.parsedTo), true)
  }

  /* The busy request failed: it gets its fallback, every other one is asked again. */
  function replaceWorker(): void {
    clearTimeout(timer)
    worker?.terminate()
    worker = null
    const [culprit, ...others] = inFlight.splice(0)
    if (culprit) fail(culprit)
    const retried: SmallJob[] = []
    for (const job of others) {
      if (job.kind === 'small') retried.push(job)
      else job.sent = 0
    }
    smalls.unshift(...retried)
    pump()
  }

  function onReply(from: WorkerLike, reply: ParseReply): void {
    if (from !== worker) return
    answered = true
    const job = inFlight.shift()
    arm()
    if (job?.id === reply.id) {
      if (job.kind === 'small') job.onDone(reply.blocks)
      else {
        job.sent -= 1
        if (!job.finished) {
          job.parsedTo = reply.parsedTo
          if (reply.done) endDocument(job)
          job.onUpdate(reply.blocks, reply.done)
        }
      }
    }
    pump()
  }

  function ensureWorker(): WorkerLike {
    if (worker) return worker
    const created = factory()
    answered = false
    created.addEventListener('message', (event) => onReply(created, event.data))
    // A worker that fails to load or throws gets the same treatment as one that is too slow.
    created.addEventListener('error', () => {
      if (created !== worker) return
      if (!answered && fallback) factory = fallback
      replaceWorker()
    })
    worker = created
    return created
  }

  function nextJob(): Job | undefined {
    return smalls.shift() ?? documents.find((job) => job.sent < DOCUMENT_AHEAD)
  }

  function requestFor(job: Job, target: WorkerLike): ParseRequest {
    const { id, text, options } = job
    if (job.kind === 'small') return { kind: 'small', id, text, options }
    job.sent += 1
    if (job.holder === target) return { kind: 'next', id }
    job.holder = target
    return { kind: 'document', id, text, from: job.parsedTo, options }
  }

  function pump(): void {
    while (inFlight.length < WINDOW) {
      const job = nextJob()
      if (!job) return
      const target = ensureWorker()
      inFlight.push(job)
      target.postMessage(requestFor(job, target))
      if (inFlight.length === 1) arm()
    }
  }

  /** Parses a document chunk by chunk; returns a function that cancels the request. */
  function parseDocument(text: string, options: ParseOptions, onUpdate: BlocksUpdate): () => void {
    const job: DocumentJob = {
      kind: 'document',
      id: nextId++,
      text,
      options,
      onUpdate,
      parsedTo: 0,
      sent: 0,
      holder: null,
      finished: false,
    }
    documents.push(job)
    pump()
    return () => {
      if (job.finished) return
      endDocument(job)
      // A chunk being parsed cannot be interrupted; the worker forgets the rest after it.
      if (worker && job.holder === worker) worker.postMessage({ kind: 'drop', id: job.id })
    }
  }

  /**
   * Parses a small text whole. The returned function withdraws the request if it has not been
   * sent yet (and says so); once sent, it is answered anyway (the answer is worth keeping).
   */
  function parseSmall(text: string, options: ParseOptions, onDone: SmallResult): () => boolean {
    const job: SmallJob = { kind: 'small', id: nextId++, text, options, onDone }
    smalls.push(job)
    pump()
    return () => {
      const index = smalls.indexOf(job)
      if (index !== -1) smalls.splice(index, 1)
      return index !== -1
    }
  }

  return { parseDocument, parseSmall }
}

function browserWorker(): WorkerLike {
  return new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module' })
}

export const markdownClient = createMarkdownClient({
  createWorker: typeof Worker === 'undefined' ? inProcessWorker : browserWorker,
  fallback: inProcessWorker,
})
