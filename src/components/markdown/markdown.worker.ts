import { splitChunks } from './markdown-chunks'
import { parseBlocks } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'
import { loadEntitiesFor } from './worker-entities'

/*
 * Parses markdown off the main thread, one chunk at a time, posting each chunk's blocks as soon
 * as they exist. The page terminates this worker when a chunk takes too long. Requests are
 * handled one after another, in order, even when one waits for the entity table.
 */
let queue = Promise.resolve()

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, text, options } = event.data
  queue = queue.then(async () => {
    // Without the table (it did not load), references stay as written.
    await loadEntitiesFor(text).catch(() => {})
    const chunks = splitChunks(text)
    chunks.forEach((chunk, index) => {
      const reply: ParseReply = {
        id,
        blocks: parseBlocks(chunk.text, chunk.start, options),
        parsedTo: chunk.start + chunk.text.length,
        done: index === chunks.length - 1,
      }
      self.postMessage(reply)
    })
  })
})
