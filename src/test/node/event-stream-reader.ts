export type StreamEvent = { event: string; id: string | null; data: string }

/**
 * Reads a Server-Sent Events response as a browser would (event, id, data fields), for server
 * tests: `next` waits for the next event of a kind, `done` for the server to close the stream.
 */
export function readEventStream(response: Response, timeoutMs = 10_000) {
  if (!response.body) throw new Error('The response has no body.')
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const events: StreamEvent[] = []
  let raw = ''
  let buffer = ''
  let closed = false
  let wake: () => void = () => {}
  const changed = () => new Promise<void>((resolve) => (wake = resolve))

  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        const text = decoder.decode(value, { stream: true })
        raw += text
        buffer += text
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = parseBlock(block)
          if (event) events.push(event)
          end = buffer.indexOf('\n\n')
        }
        wake()
      }
    } catch {
      // Cancelled by the test.
    }
    closed = true
    wake()
  })()

  async function until<T>(found: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = found()
      if (value !== undefined) return value
      if (closed) throw new Error(`The stream closed before ${what}.`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`No ${what} within ${timeoutMs} ms.`)
      await Promise.race([changed(), new Promise((resolve) => setTimeout(resolve, left))])
    }
  }

  let cursor = 0
  return {
    events,
    /** Everything received so far, as sent. */
    raw: () => raw,
    /** The next event named `event` after the last one `next` returned. */
    async next(event: string): Promise<StreamEvent> {
      const found = await until(() => {
        const index = events.findIndex((e, i) => i >= cursor && e.event === event)
        return index < 0 ? undefined : index
      }, `"${event}" event`)
      cursor = found + 1
      return events[found] as StreamEvent
    },
    /** Waits until the server closes the stream. */
    done: () =>
      until(() => (closed ? true : undefined), 'the end of the stream').catch(() => closed),
    /** Leaves, as a browser closing the page. */
    cancel: () => reader.cancel(),
  }
}

function parseBlock(block: string): StreamEvent | null {
  let event = 'message'
  let id: string | null = null
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'event') event = value
    else if (field === 'id') id = value
    else if (field === 'data') data.push(value)
  }
  return data.length > 0 ? { event, id, data: data.join('\n') } : null
}
