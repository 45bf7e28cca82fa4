// @vitest-environment node
import { readCapped } from './read-capped'

/**
 * A stream of the given chunks that records whether it was cancelled and how many chunks were
 * asked for. No queue ahead (highWaterMark 0): a chunk is pulled only when the reader wants it.
 */
function chunkStream(chunks: Uint8Array[]) {
  const seen = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[seen.pulled]
        if (!next) return controller.close()
        seen.pulled += 1
        controller.enqueue(next)
      },
      cancel() {
        seen.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, seen }
}

const bytes = (...values: number[]) => new Uint8Array(values)

describe('readCapped', () => {
  it('joins the chunks of a body within the cap, in order', async () => {
    const { stream, seen } = chunkStream([bytes(1, 2), bytes(3), bytes(4, 5, 6)])
    expect(await readCapped(stream, 6)).toEqual(bytes(1, 2, 3, 4, 5, 6))
    expect(seen.cancelled).toBe(false)
  })

  it('gives up and cancels the stream as soon as the count passes the cap', async () => {
    const { stream, seen } = chunkStream([bytes(1, 2, 3), bytes(4, 5), bytes(6), bytes(7)])
    expect(await readCapped(stream, 4)).toBeNull()
    expect(seen.cancelled).toBe(true)
    // The second chunk passed the cap: nothing after it was read.
    expect(seen.pulled).toBe(2)
  })

  it('reads a missing or empty body as no bytes', async () => {
    expect(await readCapped(null, 10)).toEqual(new Uint8Array(0))
    expect(await readCapped(chunkStream([]).stream, 0)).toEqual(new Uint8Array(0))
  })

  it('passes on a stream that fails while being read', async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'))
      },
    })
    await expect(readCapped(failing, 10)).rejects.toThrow('connection reset')
  })
})
