import { describe, expect, it, vi } from 'vitest'
import { createDemoApi } from '../demo-api'
import type { WireWorker } from '../wire'
import { generateHugeWorker, HUGE_COUNTS, HUGE_MARKERS } from './huge'

async function fetchWorker(id: string): Promise<{ text: string; worker: WireWorker }> {
  const res = await createDemoApi().request(`/api/workers/${id}`)
  expect(res.status).toBe(200)
  const text = await res.text()
  return { text, worker: JSON.parse(text) }
}

const count = (text: string, needle: string) => text.split(needle).length - 1

describe('wrk_demo-huge', () => {
  it('has the promised sizes', async () => {
    const { worker } = await fetchWorker('wrk_demo-huge')
    expect(worker.status).toBe('completed')
    expect(worker.output_text.length).toBeGreaterThanOrEqual(HUGE_COUNTS.outputChars)
    expect(worker.messages).toHaveLength(2000)
    expect(worker.sources).toHaveLength(300)
    expect(worker.files).toHaveLength(100)
    const structured = worker.structured_output
    expect(
      typeof structured === 'object' && structured !== null && !Array.isArray(structured),
    ).toBe(true)
    expect(Object.keys(structured ?? {})).toHaveLength(2000)
  })

  it('starts and ends its answer and conversation with markers found nowhere else', async () => {
    const { worker } = await fetchWorker('wrk_demo-huge')
    expect(worker.output_text.startsWith(`# ${HUGE_MARKERS.answerStart}`)).toBe(true)
    expect(worker.output_text.trimEnd().endsWith(`${HUGE_MARKERS.answerEnd}.`)).toBe(true)
    const messages = JSON.stringify(worker.messages)
    expect(JSON.stringify(worker.messages[0])).toContain(HUGE_MARKERS.firstMessage)
    expect(JSON.stringify(worker.messages.at(-1))).toContain(HUGE_MARKERS.lastMessage)
    for (const marker of [HUGE_MARKERS.firstMessage, HUGE_MARKERS.lastMessage]) {
      expect(count(messages, marker)).toBe(1)
    }
    for (const marker of [HUGE_MARKERS.answerStart, HUGE_MARKERS.answerEnd]) {
      expect(count(worker.output_text, marker)).toBe(1)
    }
  })

  it('is deterministic and never uses Math.random', async () => {
    const random = vi.spyOn(Math, 'random')
    expect(generateHugeWorker()).toEqual(generateHugeWorker())
    expect(random).not.toHaveBeenCalled()
    expect((await fetchWorker('wrk_demo-huge')).text).toBe(
      (await fetchWorker('wrk_demo-huge')).text,
    )
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
