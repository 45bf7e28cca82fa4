import { looksPathological } from './markdown-budget'
import type { WorkerLike } from './markdown-client'
import type { ParseReply, ParseRequest } from './markdown-protocol'
import { plainBlocks } from './plain-blocks'

/*
 * The markdown worker's work done on the page itself, one request per task, for where there is
 * no Worker (jsdom in unit tests) or it could not load. The parser is then loaded on demand.
 * A parse here cannot be stopped once started, so texts that look pathological go straight to
 * plain text instead.
 */
export function inProcessWorker(): WorkerLike {
  const listeners: ((event: MessageEvent<ParseReply>) => void)[] = []
  let stopped = false
  let queue = import('./markdown-worker-handler').then((module) => module.createParseHandler())

  function answer(reply: ParseReply): void {
    if (stopped) return
    for (const listener of listeners) listener(new MessageEvent('message', { data: reply }))
  }

  return {
    postMessage(request: ParseRequest) {
      queue = queue.then(async (handle) => {
        await new Promise((resolve) => setTimeout(resolve, 0))
        if (stopped) return handle
        if (request.kind === 'document' && looksPathological(request.text)) {
          const { id, text, from } = request
          answer({ id, blocks: plainBlocks(text, from), parsedTo: text.length, done: true })
          return handle
        }
        const reply = handle(request)
        if (reply) answer(reply)
        return handle
      })
    },
    terminate() {
      stopped = true
    },
    addEventListener(type, listener) {
      if (type === 'message') listeners.push(listener)
    },
  }
}
