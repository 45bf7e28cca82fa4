import type { MarkdownBlock, ParseOptions } from './markdown-parse'

/*
 * Messages between the page and the markdown worker. The worker answers every request except
 * 'drop' with exactly one reply, in the order the requests were sent: the page can therefore
 * tell which request the worker is busy with (the oldest unanswered one).
 *   document  parse the first chunk of `text` from `from` on, and keep the rest for 'next'
 *   next      parse the next chunk of that document (an empty, done reply if it has none left)
 *   small     parse a small text whole, in one reply
 *   drop      forget a document the page no longer needs
 */
export type ParseRequest =
  | { kind: 'document'; id: number; text: string; from: number; options: ParseOptions }
  | { kind: 'next'; id: number }
  | { kind: 'small'; id: number; text: string; options: ParseOptions }
  | { kind: 'drop'; id: number }

/** One chunk's blocks; `parsedTo` is the offset up to which the text has been parsed. */
export type ParseReply = { id: number; blocks: MarkdownBlock[]; parsedTo: number; done: boolean }
