// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createDemoApi } from '../demo-api'
import type { WireWorker } from '../wire'
import { BLOCKQUOTE_COUNT, BLOCKQUOTE_MARKERS, blockquotesAnswer } from './blockquotes'

describe('wrk_demo-blockquotes', () => {
  it('answers with thousands of separate one-line blockquotes, tens of KB in all', async () => {
    const res = await createDemoApi().request('/api/workers/wrk_demo-blockquotes')
    const worker: WireWorker = await res.json()
    const text = worker.output_text
    expect(text.length).toBeGreaterThan(30_000)
    expect(text.length).toBeLessThan(200_000)
    const quotes = text.split('\n\n').filter((block) => /^> [^\n]*$/.test(block))
    expect(quotes).toHaveLength(BLOCKQUOTE_COUNT)
    expect(text.startsWith(BLOCKQUOTE_MARKERS.answerStart)).toBe(true)
    expect(text.trimEnd().endsWith(`${BLOCKQUOTE_MARKERS.answerEnd}.`)).toBe(true)
  })

  it('is deterministic', () => {
    expect(blockquotesAnswer(10)).toBe(blockquotesAnswer(10))
  })
})
