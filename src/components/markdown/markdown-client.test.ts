import { createMarkdownClient } from './markdown-client'
import type { MarkdownBlock } from './markdown-parse'
import { type ParseReply, type ParseRequest, startedReply } from './markdown-protocol'

const options = { appOrigin: null, idPrefix: 'md1-' }
const blockquotes = Array.from({ length: 3000 }, (_, i) => `> quote ${i}`).join('\n\n')

/* A stand-in worker that answers only what the test tells it to. */
class StalledWorker {
  requests: ParseRequest[] = []
  terminated = false
  private listener: ((event: MessageEvent<ParseReply>) => void) | null = null
  postMessage(request: ParseRequest) {
    this.requests.push(request)
  }
  terminate() {
    this.terminated = true
  }
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent<ParseReply>) => void) {
    if (type === 'message') this.listener = listener
  }
  reply(reply: ParseReply) {
    this.listener?.(new MessageEvent('message', { data: reply }))
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
  return { onUpdate, done }
}

describe('markdown client deadline', () => {
  it('terminates a worker that does not answer in time and shows the text as plain text', async () => {
    const worker = new StalledWorker()
    const client = createMarkdownClient({ createWorker: () => worker, deadlineMs: 20, startMs: 20 })
    const { onUpdate, done } = collect()
    client.request(blockquotes, options, onUpdate)
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
    client.request(text, options, onUpdate)
    const id = worker.requests[0]?.id ?? 0
    const first: MarkdownBlock = {
      kind: 'hast',
      start: 0,
      end: 7,
      ids: [],
      node: { type: 'element', tagName: 'p', properties: {}, children: [] },
    }
    worker.reply({ id, blocks: [first], parsedTo: 7, done: false })
    const blocks = await done
    expect(blocks[0]).toBe(first)
    expect(blocks.slice(1)).toEqual([{ kind: 'plain', start: 7, end: text.length, text: 'second' }])
  })

  it('gives a worker longer to start on a text than to parse each chunk', async () => {
    const worker = new StalledWorker()
    const client = createMarkdownClient({
      createWorker: () => worker,
      deadlineMs: 20,
      startMs: 200,
    })
    const updates: boolean[] = []
    client.request('text', options, (_, done) => updates.push(done))
    // Still loading, past a chunk's deadline: not given up.
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(worker.terminated).toBe(false)
    // Started (nothing to show yet), then silent past a chunk's deadline: given up.
    worker.reply(startedReply(worker.requests[0]?.id ?? 0))
    expect(updates).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(worker.terminated).toBe(true)
    expect(updates).toEqual([true])
  })

  it('without a Worker (a server render), shows the text as plain text', async () => {
    const client = createMarkdownClient({ createWorker: null })
    const { onUpdate, done } = collect()
    client.request('# Title', options, onUpdate)
    expect(await done).toEqual([{ kind: 'plain', start: 0, end: 7, text: '# Title' }])
  })
})

describe('markdown client queue', () => {
  const long = 'word '.repeat(3_000)

  it('lets a short text whose reader has gone finish, and replaces a worker busy with a long one', () => {
    const workers: StalledWorker[] = []
    const client = createMarkdownClient({
      createWorker: () => {
        const worker = new StalledWorker()
        workers.push(worker)
        return worker
      },
    })
    const updates: boolean[] = []
    const cancelShort = client.request('short', options, (_, done) => updates.push(done))
    const next = client.request(long, options, () => {})
    cancelShort()
    expect(workers[0]?.terminated).toBe(false)
    const shortId = workers[0]?.requests[0]?.id ?? 0
    workers[0]?.reply({ id: shortId, blocks: [], parsedTo: 5, done: true })
    // Its blocks reach no one; the long text goes next, to the same worker.
    expect(updates).toEqual([])
    expect(workers[0]?.requests.map((request) => request.text)).toEqual(['short', long])
    next()
    expect(workers[0]?.terminated).toBe(true)
  })
})
