import { splitChunks } from './markdown-chunks'
import { parseBlocks } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'

/*
 * Parses markdown off the main thread, one chunk at a time, posting each chunk's blocks as soon
 * as they exist. The page terminates this worker when a chunk takes too long.
 */
self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, text, options } = event.data
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
