// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { createDemoApi } from '../demo-api'
import type { WireWorker } from '../wire'
import { BIG_RUN, generateRunWorker, HUGE_RUN, type RunSize } from './huge'

async function fetchWorker(id: string): Promise<{ text: string; worker: WireWorker }> {
  const res = await createDemoApi().request(`/api/workers/${id}`)
  expect(res.status).toBe(200)
  const text = await res.text()
  return { text, worker: JSON.parse(text) }
}

const count = (text: string, needle: string) => text.split(needle).length - 1

describe.each([
  ['wrk_demo-huge', HUGE_RUN, 3_000_000],
  ['wrk_demo-big', BIG_RUN, 1_000_000],
] as const)('%s', (id: string, size: RunSize, jsonBytes: number) => {
  it('has the promised sizes', async () => {
    const { text, worker } = await fetchWorker(id)
    expect(worker.status).toBe('completed')
    // The answer is in the body twice (output_text and output), as Handinger sends it.
    expect(text.length).toBeGreaterThanOrEqual(jsonBytes)
    expect(text.length).toBeLessThan(jsonBytes * 1.2)
    expect(worker.output_text.length).toBeGreaterThanOrEqual(size.counts.outputChars)
    expect(worker.output_text.length).toBeLessThan(size.counts.outputChars * 1.01)
    expect(worker.messages).toHaveLength(size.counts.messages)
    expect(worker.sources).toHaveLength(size.counts.sources)
    expect(worker.files).toHaveLength(size.counts.files)
    const structured = worker.structured_output
    expect(
      typeof structured === 'object' && structured !== null && !Array.isArray(structured),
    ).toBe(true)
    expect(Object.keys(structured ?? {})).toHaveLength(size.counts.structuredKeys)
  })

  it('starts and ends its answer and conversation with markers found nowhere else', async () => {
    const { worker } = await fetchWorker(id)
    const { markers } = size
    expect(worker.output_text.startsWith(`# ${markers.answerStart}`)).toBe(true)
    expect(worker.output_text.trimEnd().endsWith(`${markers.answerEnd}.`)).toBe(true)
    const messages = JSON.stringify(worker.messages)
    expect(JSON.stringify(worker.messages[0])).toContain(markers.firstMessage)
    expect(JSON.stringify(worker.messages.at(-1))).toContain(markers.lastMessage)
    for (const marker of [markers.firstMessage, markers.lastMessage]) {
      expect(count(messages, marker)).toBe(1)
    }
    for (const marker of [markers.answerStart, markers.answerEnd]) {
      expect(count(worker.output_text, marker)).toBe(1)
    }
  })

  it('is deterministic and never uses Math.random', async () => {
    const random = vi.spyOn(Math, 'random')
    expect(generateRunWorker(size)).toEqual(generateRunWorker(size))
    expect(random).not.toHaveBeenCalled()
    expect((await fetchWorker(id)).text).toBe((await fetchWorker(id)).text)
  })
})

describe('wrk_demo-huge-running', () => {
  it('is the same run, still running, with an identical body on every poll', async () => {
    const api = createDemoApi()
    const poll = async () => (await api.request('/api/workers/wrk_demo-huge-running')).text()
    const first = await poll()
    expect(await poll()).toBe(first)
    const worker: WireWorker = JSON.parse(first)
    expect(worker.running).toBe(true)
    expect(worker.messages).toHaveLength(2000)
  })
})
