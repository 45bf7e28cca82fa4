import { parseJob, prepareJob } from './markdown-parse-job'
import { type ParseRequest, startedReply } from './markdown-protocol'

/*
 * Parses markdown off the main thread, one chunk at a time, posting each chunk's blocks as soon
 * as they exist. The page terminates this worker when a chunk takes too long. Requests are
 * handled one after another, in order, even when one waits for the entity table.
 *
 * This is the only place the markdown parser runs in the browser: the page itself never loads it
 * (main-thread-imports.test.ts holds that).
 */
let queue = Promise.resolve()

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const request = event.data
  queue = queue.then(async () => {
    await prepareJob(request.text)
    self.postMessage(startedReply(request.id))
    for (const reply of parseJob(request)) self.postMessage(reply)
  })
})
