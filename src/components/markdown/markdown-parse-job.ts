import { splitChunks } from './markdown-chunks'
import { parseBlocks } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'
import { loadEntitiesFor } from './worker-entities'

/*
 * What the markdown worker does with one request: the replies, one per chunk, each parsed only
 * when it is asked for, so that whoever runs the job decides when to yield between chunks.
 */
export async function prepareJob(text: string): Promise<void> {
  // Without the table (it did not load), references stay as written.
  await loadEntitiesFor(text).catch(() => {})
}

export function* parseJob({ id, text, options }: ParseRequest): Generator<ParseReply> {
  const chunks = splitChunks(text)
  for (const [index, chunk] of chunks.entries()) {
    yield {
      id,
      blocks: parseBlocks(chunk.text, chunk.start, options),
      parsedTo: chunk.start + chunk.text.length,
      done: index === chunks.length - 1,
    }
  }
}
