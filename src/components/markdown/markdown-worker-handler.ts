import { type Chunk, splitChunks } from './markdown-chunks'
import { type MarkdownBlock, type ParseOptions, parseBlocks } from './markdown-parse'
import type { ParseReply, ParseRequest } from './markdown-protocol'
import { plainBlocks } from './plain-blocks'

type Document = { chunks: Chunk[]; next: number; text: string; options: ParseOptions }

/*
 * What the markdown worker does with each request (see markdown-protocol.ts), apart from the
 * worker itself so that the page can run it in-process where there is no Worker (jsdom).
 */
export function createParseHandler() {
  const documents = new Map<number, Document>()

  function parseOrPlain(text: string, offset: number, options: ParseOptions): MarkdownBlock[] {
    try {
      return parseBlocks(text, offset, options)
    } catch {
      // A parser bug on some input must not cost the rest of the page: that text stays text.
      return plainBlocks(text, 0).map((block) => ({
        ...block,
        start: block.start + offset,
        end: block.end + offset,
      }))
    }
  }

  function step(id: number): ParseReply {
    const document = documents.get(id)
    const chunk = document?.chunks[document.next]
    if (!document || !chunk) {
      documents.delete(id)
      return { id, blocks: [], parsedTo: document?.text.length ?? 0, done: true }
    }
    document.next += 1
    const done = document.next === document.chunks.length
    if (done) documents.delete(id)
    const blocks = parseOrPlain(chunk.text, chunk.start, document.options)
    return { id, blocks, parsedTo: chunk.start + chunk.text.length, done }
  }

  return function handle(request: ParseRequest): ParseReply | null {
    switch (request.kind) {
      case 'small': {
        const { id, text, options } = request
        return { id, blocks: parseOrPlain(text, 0, options), parsedTo: text.length, done: true }
      }
      case 'document': {
        const { id, text, from, options } = request
        // A document restarted part way (its worker was replaced) starts at a chunk boundary.
        const chunks = splitChunks(text.slice(from)).map((chunk) => ({
          start: chunk.start + from,
          text: chunk.text,
        }))
        documents.set(id, { chunks, next: 0, text, options })
        return step(id)
      }
      case 'next':
        return step(request.id)
      case 'drop':
        documents.delete(request.id)
        return null
    }
  }
}
