import { createMarkdownClient } from './markdown-client'
import type { MarkdownBlock } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'

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
    const client = createMarkdownClient({ createWorker: () => worker, deadlineMs: 20 })
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

  it('without a Worker, sends pathological blockquotes straight to plain text', async () => {
    const client = createMarkdownClient({ createWorker: null, deadlineMs: 20 })
    const { onUpdate, done } = collect()
    client.request(blockquotes, options, onUpdate)
    const blocks = await done
    expect(blocks.every((block) => block.kind === 'plain')).toBe(true)
  })

  it('without a Worker, parses in chunks on the main thread', async () => {
    const client = createMarkdownClient({ createWorker: null })
    const { onUpdate, done } = collect()
    const text = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} ${'word '.repeat(10)}`).join(
      '\n\n',
    )
    client.request(text, options, onUpdate)
    const blocks = await done
    expect(blocks).toHaveLength(300)
    expect(blocks.every((block) => block.kind === 'hast')).toBe(true)
  })
})
