import type { MarkdownBlock, ParseOptions } from './markdown-parse'

/* Messages between the page and the markdown worker. */
export type ParseRequest = { id: number; text: string; options: ParseOptions }

/** One chunk's blocks; `parsedTo` is the offset up to which the text has been parsed. */
export type ParseReply = { id: number; blocks: MarkdownBlock[]; parsedTo: number; done: boolean }

/**
 * Posted when the worker starts on a request (its script and the entity table loaded): the page
 * then times each chunk, and not the time the worker took to arrive.
 */
export function startedReply(id: number): ParseReply {
  return { id, blocks: [], parsedTo: 0, done: false }
}
