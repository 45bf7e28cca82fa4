import { createParseHandler } from './markdown-worker-handler'
import type { ParseRequest } from './markdown-protocol'

/*
 * Parses markdown off the main thread: the answer chunk by chunk, and every small text (messages,
 * reasoning, tool output), so that the parser never ships to the page itself. The page replaces
 * this worker when one request takes too long.
 */
const handle = createParseHandler()

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const reply = handle(event.data)
  if (reply) self.postMessage(reply)
})
