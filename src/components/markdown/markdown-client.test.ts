import { inProcessWorker } from './in-process-worker'
import { createMarkdownClient, DOCUMENT_AHEAD, WINDOW, type WorkerLike } from './markdown-client'
import type { MarkdownBlock } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'

const options = { appOrigin: null, idPrefix: 'md1-' }
const blockquotes = Array.from({ length: 3000 }, (_, i) => `> quote ${i}`).join('\n\n')

/* A stand-in worker that answers only what the test tells it to. */
class StalledWorker {
  requests: ParseRequest[] = []
  terminated = false
  private listeners = new Map<string, (event: MessageEvent<ParseReply>) => void>()
  postMessage(request: ParseRequest) {
    this.requests.push(request)
  }
  terminate() {
    this.terminated = true
  }
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent<ParseReply>) => void) {
    this.listeners.set(type, listener)
  }
  reply(reply: ParseReply) {
    this.listeners.get('message')?.(new MessageEvent('message', { data: reply }))
  }
  fail() {
    this.listeners.get('error')?.(new MessageEvent('error'))
  }
}

function paragraph(start: number, end: number): MarkdownBlock {
  return {
    kind: 'hast',
    start,
    end,
    ids: [],
    node: { type: 'element', tagName: 'p', properties: {}, children: [] },
  }
}

function collect() {
  const blocks: MarkdownBlock[] = []
  let resolveDone: (blocks: MarkdownBlock[]) => void = () => {}
  const done = new Promise<MarkdownBlock[]>((resolve) => {
    resolveDone = resolve
  })
  const onUpdate = (more: MarkdownBlock[], finished: boolean) => {
    blocks.push(...more)
    if (finished) resolveDone(blocks)
  }
  return { onUpdate, done, blocks }
}

/* Workers handed out in turn, so a test can see a replaced worker and its successor. */
function workers(count: number) {
  const made = Array.from({ length: count }, () => new StalledWorker())
  let next = 0
  const createWorker = (): WorkerLike => {
    const worker = made[next++]
    if (!worker) throw new Error('no more stand-in workers')
    return worker
  }
  return { made, createWorker }
}

describe('markdown client deadline', () => {
  it('terminates a worker that does not answer in time and shows the text as plain text', async () => {
    const worker = new StalledWorker()
    const client = createMarkdownClient({ createWorker: () => worker, deadlineMs: 20 })
    const { onUpdate, done } = collect()
    client.parseDocument(blockquotes, options, onUpdate)
    const blocks = await done
    expect(worker.terminated).toBe(true)
    expect(blocks.every((block) => block.kind === 'plain')).toBe(true)
    expect(blocks.map((block) => (block.kind === 'plain' ? block.text : '')).join('')).toBe(
      blockquotes,
    )
  })

  it('keeps the chunks that arrived and shows only the rest as plain text', async () => {
    const worker = new StalledWorker()
    const client = createMarkdownClient({ createWorker: () => worker, deadlineMs: 20 })
    const { onUpdate, done } = collect()
    const text = 'first\n\nsecond'
    client.parseDocument(text, options, onUpdate)
    const first = paragraph(0, 7)
    worker.reply({ id: worker.requests[0]?.id ?? 0, blocks: [first], parsedTo: 7, done: false })
    const blocks = await done
    expect(blocks[0]).toBe(first)
    expect(blocks.slice(1)).toEqual([{ kind: 'plain', start: 7, end: text.length, text: 'second' }])
  })

  it('fails only the small text the worker is stuck on; the document goes on where it was', async () => {
    const { made, createWorker } = workers(2)
    const client = createMarkdownClient({ createWorker, deadlineMs: 20 })
    const first = made[0] as StalledWorker
    const document = collect()
    client.parseDocument('one\n\ntwo', options, document.onUpdate)
    const id = first.requests[0]?.id ?? 0
    // The document's first chunks are asked for at once; a small text comes after them.
    expect(first.requests.map((request) => request.kind)).toEqual([
      'document',
      ...Array(DOCUMENT_AHEAD - 1).fill('next'),
    ])
    const small = new Promise<MarkdownBlock[] | null>((resolve) =>
      client.parseSmall('*hi*', options, resolve),
    )
    const before = first.requests.findIndex((request) => request.kind === 'small')
    expect(before).toBe(DOCUMENT_AHEAD)
    first.reply({ id, blocks: [paragraph(0, 5)], parsedTo: 5, done: false })
    for (let answered = 1; answered < before; answered++)
      first.reply({ id, blocks: [], parsedTo: 5, done: false })
    // Now the worker hangs on the small text.
    expect(await small).toBeNull()
    expect(first.terminated).toBe(true)
    const second = made[1] as StalledWorker
    expect(second.requests[0]).toMatchObject({ kind: 'document', id, from: 5 })
    second.reply({ id, blocks: [paragraph(5, 8)], parsedTo: 8, done: true })
    expect((await document.done).map((block) => block.start)).toEqual([0, 5])
  })

  it('sends small texts ahead of the chunks of a long document', () => {
    const worker = new StalledWorker()
    const client = createMarkdownClient({ createWorker: () => worker })
    client.parseDocument('long', options, () => {})
    const texts = Array.from({ length: WINDOW - DOCUMENT_AHEAD + 1 }, (_, i) => `small ${i}`)
    for (const text of texts) client.parseSmall(text, options, () => {})
    // The window is full: the document's first requests, then small texts; one waits.
    expect(worker.requests).toHaveLength(WINDOW)
    expect(worker.requests.slice(DOCUMENT_AHEAD).map((request) => request.kind)).toEqual(
      Array(WINDOW - DOCUMENT_AHEAD).fill('small'),
    )
    const id = worker.requests[0]?.id ?? 0
    worker.reply({ id, blocks: [], parsedTo: 2, done: false })
    // A reply frees a place: the waiting small text takes it before the document's next chunk.
    expect(worker.requests.at(-1)).toMatchObject({ kind: 'small', text: texts.at(-1) })
  })

  it('withdraws a small text not yet sent, and tells the worker to drop a cancelled document', () => {
    const worker = new StalledWorker()
    const client = createMarkdownClient({ createWorker: () => worker })
    const updates: boolean[] = []
    const cancel = client.parseDocument('doc', options, (_, done) => updates.push(done))
    for (let i = DOCUMENT_AHEAD; i < WINDOW; i++) client.parseSmall(`sent ${i}`, options, () => {})
    const withdraw = client.parseSmall('waiting', options, () => {})
    expect(withdraw()).toBe(true)
    cancel()
    expect(worker.requests.at(-1)).toEqual({ kind: 'drop', id: worker.requests[0]?.id })
    worker.reply({ id: worker.requests[0]?.id ?? 0, blocks: [], parsedTo: 3, done: true })
    expect(updates).toEqual([])
    expect(worker.requests.some((request) => 'text' in request && request.text === 'waiting')).toBe(
      false,
    )
  })

  it('parses on the page instead when the worker cannot even load', async () => {
    const broken = new StalledWorker()
    const client = createMarkdownClient({ createWorker: () => broken, fallback: inProcessWorker })
    const small = new Promise<MarkdownBlock[] | null>((resolve) =>
      client.parseSmall('*hi*', options, resolve),
    )
    const other = new Promise<MarkdownBlock[] | null>((resolve) =>
      client.parseSmall('**there**', options, resolve),
    )
    broken.fail()
    // The request it was busy with stays text; the other is parsed on the page.
    expect(await small).toBeNull()
    const blocks = await other
    expect(blocks?.[0]).toMatchObject({ kind: 'hast', node: { tagName: 'p' } })
  })
})

describe('markdown client without a Worker', () => {
  it('sends pathological blockquotes straight to plain text', async () => {
    const client = createMarkdownClient({ createWorker: inProcessWorker, deadlineMs: 20 })
    const { onUpdate, done } = collect()
    client.parseDocument(blockquotes, options, onUpdate)
    const blocks = await done
    expect(blocks.every((block) => block.kind === 'plain')).toBe(true)
  })

  it('parses in chunks on the main thread', async () => {
    const client = createMarkdownClient({ createWorker: inProcessWorker })
    const { onUpdate, done } = collect()
    const text = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} ${'word '.repeat(10)}`).join(
      '\n\n',
    )
    client.parseDocument(text, options, onUpdate)
    const blocks = await done
    expect(blocks).toHaveLength(300)
    expect(blocks.every((block) => block.kind === 'hast')).toBe(true)
    expect(blocks.map((block) => block.start)).toEqual(
      [...blocks.map((block) => block.start)].sort((a, b) => a - b),
    )
  })
})
