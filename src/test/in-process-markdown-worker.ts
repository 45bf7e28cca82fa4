import { looksPathological } from '@/components/markdown/markdown-budget'
import {
  type ParseReply,
  type ParseRequest,
  startedReply,
} from '@/components/markdown/markdown-protocol'

// Taken before any test fakes the clock: a worker's replies do not wait for a test's fake time.
const realSetTimeout = globalThis.setTimeout
const pause = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0))

type Listener = (event: MessageEvent<ParseReply>) => void

// Every stand-in not yet settled, so a test file's end can wait for their work (see below).
const live = new Set<InProcessMarkdownWorker>()

/*
 * jsdom has no Worker. This stand-in for the markdown worker runs the worker's own job in the
 * test's thread, one chunk per task as a real worker's replies arrive, so the page's code runs as
 * in a browser: plain text first, blocks later. A parse here could not be stopped by the page's
 * deadline, so a text that looks pathological is refused with an error event, which the page
 * treats as it treats a worker that took too long.
 */
export class InProcessMarkdownWorker {
  private readonly listeners: Record<'message' | 'error', Listener[]> = { message: [], error: [] }
  private terminated = false
  private queue = Promise.resolve()

  constructor(url: string | URL) {
    if (!String(url).includes('markdown.worker')) throw new Error(`No stand-in for ${url}.`)
    live.add(this)
  }

  /** Stops this worker and resolves once the job it was running has returned. */
  settle(): Promise<void> {
    this.terminated = true
    live.delete(this)
    return this.queue.catch(() => undefined)
  }

  addEventListener(type: 'message' | 'error', listener: Listener): void {
    this.listeners[type].push(listener)
  }

  postMessage(request: ParseRequest): void {
    this.queue = this.queue.then(() => this.run(request))
  }

  terminate(): void {
    this.terminated = true
  }

  private async run(request: ParseRequest): Promise<void> {
    await pause()
    if (this.terminated) return
    if (looksPathological(request.text)) {
      for (const listener of this.listeners.error) listener(new MessageEvent('error'))
      return
    }
    // Loaded when first used, so tests that show no markdown never load the parser.
    const { parseJob, prepareJob } = await import('@/components/markdown/markdown-parse-job')
    await prepareJob(request.text)
    if (this.terminated) return
    this.post(startedReply(request.id))
    for (const reply of parseJob(request)) {
      if (this.terminated) return
      this.post(reply)
      await pause()
    }
  }

  private post(reply: ParseReply): void {
    for (const listener of this.listeners.message)
      listener(new MessageEvent('message', { data: reply }))
  }
}

/**
 * Stops every stand-in and waits for the work each had started. A parse that began in a file's last
 * test would otherwise load the parser's modules after the file's environment was torn down, which
 * Vitest reports as an error of the whole run.
 */
export async function settleMarkdownWorkers(): Promise<void> {
  await Promise.all([...live].map((worker) => worker.settle()))
}

/** Gives jsdom this stand-in as its Worker (before the markdown client is first imported). */
export function installMarkdownWorker(): void {
  if (typeof window === 'undefined' || typeof Worker !== 'undefined') return
  Object.defineProperty(globalThis, 'Worker', {
    value: InProcessMarkdownWorker,
    configurable: true,
    writable: true,
  })
}
