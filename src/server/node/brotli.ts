import { constants, createBrotliCompress } from 'node:zlib'
import type { BrotliStream } from '../proxy/compression'

/*
 * Node's brotli as a web stream for the compression middleware. Quality 5 rather than the
 * default 11: a 3 MB worker is encoded in tens of milliseconds instead of seconds, and is still
 * clearly smaller than with gzip. Each chunk written is flushed: a body that comes in parts (a
 * page's first screen, then its answers) reaches the browser part by part, not at its end.
 */
export const nodeBrotli: BrotliStream = () => {
  const encoder = createBrotliCompress({
    flush: constants.BROTLI_OPERATION_FLUSH,
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  })
  return new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      encoder.on('data', (chunk: Buffer) => {
        try {
          controller.enqueue(new Uint8Array(chunk))
        } catch {
          // The reader went away (the browser closed the request): stop encoding for nobody.
          encoder.destroy()
        }
      })
      encoder.on('error', (error) => controller.error(error))
    },
    // Each write waits until zlib has taken the chunk: the response is read no faster.
    transform: (chunk) =>
      new Promise<void>((resolve, reject) =>
        encoder.write(chunk, (error) => (error ? reject(error) : resolve())),
      ),
    flush: () =>
      new Promise<void>((resolve, reject) => {
        encoder.once('end', resolve)
        encoder.once('error', reject)
        encoder.end()
      }),
  })
}
