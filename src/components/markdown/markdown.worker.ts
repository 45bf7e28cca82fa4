import type { ParseRequest } from './markdown-protocol'
import { createParseHandler } from './markdown-worker-handler'
import { loadEntitiesFor } from './worker-entities'

/*
 * Parses markdown off the main thread: the answer chunk by chunk, and every small text (messages,
 * reasoning, tool output), so that the parser never ships to the page itself. The page replaces
 * this worker when one request takes too long. Requests are handled one after another, in order,
 * even when one waits for the entity table.
 */
const handle = createParseHandler()
let queue = Promise.resolve()

function textOf(request: ParseRequest): string {
  return request.kind === 'document' || request.kind === 'small' ? request.text : ''
}

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const request = event.data
  queue = queue.then(async () => {
    // Without the table (it did not load), references stay as written.
    await loadEntitiesFor(textOf(request)).catch(() => {})
    const reply = handle(request)
    if (reply) self.postMessage(reply)
  })
})
