// @vitest-environment node
import { brotliDecompressSync, constants } from 'node:zlib'
import { nodeBrotli } from './brotli'

const bytesOf = (text: string) => new TextEncoder().encode(text)

/** What the bytes so far decode to, as a browser reading a stream that is still open would. */
const decodedSoFar = (sent: Uint8Array[]) =>
  brotliDecompressSync(Buffer.concat(sent), {
    finishFlush: constants.BROTLI_OPERATION_FLUSH,
  }).toString()

describe('the brotli encoder', () => {
  it('sends each part it is given at once, decodable, while the body is still open', async () => {
    const encoder = nodeBrotli()
    const writer = encoder.writable.getWriter()
    const reader = encoder.readable.getReader()
    const firstPart = 'the first screen '.repeat(200)
    void writer.write(bytesOf(firstPart))
    const sent: Uint8Array[] = []
    const waited = Date.now()
    while (decodedSoFar(sent) !== firstPart) {
      // Without a flush the encoder keeps the part until the body ends: this read never comes.
      const next = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000)),
      ])
      if (!next?.value) throw new Error(`nothing sent ${Date.now() - waited} ms after the part`)
      sent.push(next.value)
    }
    void writer.write(bytesOf('and the rest'))
    void writer.close()
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      sent.push(part.value)
    }
    expect(brotliDecompressSync(Buffer.concat(sent)).toString()).toBe(`${firstPart}and the rest`)
  })
})
