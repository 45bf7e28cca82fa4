// @vitest-environment node
import { CHUNK_CHARS } from './markdown-chunks'
import { parseJob } from './markdown-parse-job'

const options = { appOrigin: null, idPrefix: 'md1-' }

describe('parseJob', () => {
  it('answers a short text in one reply, done', () => {
    const replies = [...parseJob({ id: 7, text: '# Hi\n\nthere', options })]
    expect(replies).toHaveLength(1)
    expect(replies[0]).toMatchObject({ id: 7, parsedTo: 11, done: true })
    expect(replies[0]?.blocks.map((block) => block.start)).toEqual([0, 6])
  })

  it('answers a long text chunk by chunk, one reply at a time', () => {
    const section = `## Part\n\n${'word '.repeat(200)}\n\n`
    const text = section.repeat(Math.ceil((3 * CHUNK_CHARS) / section.length))
    const job = parseJob({ id: 1, text, options })
    const first = job.next()
    expect(first.done).toBe(false)
    expect(first.value?.done).toBe(false)
    const parsedTo = first.value?.parsedTo ?? 0
    expect(parsedTo).toBeGreaterThanOrEqual(CHUNK_CHARS)
    expect(parsedTo).toBeLessThan(text.length)
    const rest = [...job]
    expect(rest.at(-1)).toMatchObject({ parsedTo: text.length, done: true })
    // The next chunk takes up the text where the first one stopped.
    expect(rest[0]?.blocks[0]?.start).toBe(text.indexOf('## Part', parsedTo))
  })
})
