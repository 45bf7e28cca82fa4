/*
 * Reads a stream to its end, or gives up once it has passed `maxBytes`, so neither the browser
 * nor the server holds more of a hostile or broken body than the cap. On giving up the stream is
 * cancelled, which stops the download (and any decompression under it). The reader is taken with
 * getReader() rather than `for await`, which not every browser offers on ReadableStream yet.
 * No DOM or Node APIs beyond the web-standard streams both have. `progress.bytes` counts what
 * arrived, so a caller whose stream broke part-way can say how much it got.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  progress: { bytes: number } = { bytes: 0 },
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    progress.bytes = total
    if (total > maxBytes) {
      // A stream that already failed cannot be cancelled; the answer is "too large" either way.
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
