import { act, screen } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { STREAM_SILENCE_MS } from '@/api/live-stream'
import { createQueryClient } from '@/app/query-client'
import type { WatchAnswer } from '@/shared/watch-protocol'
import { setupDemoServer } from '@/test/demo-server'
import { setupFakeClock } from '@/test/fake-clock'
import { recordRequests } from '@/test/record-requests'
import { renderApp } from '@/test/render'
import { dataNote } from '@/test/worker-page'

/*
 * A running worker watched through the server's stream: while events flow the page takes its
 * changes from them and sends no request of its own; when they stop flowing it polls again.
 * The browser's EventSource is a stand-in the test drives (jsdom has none).
 */
const server = setupDemoServer()
const { eventually, advance } = setupFakeClock()

const WORKER_ID = 'wrk_test-watched'
const API_PATH = `/api/workers/${WORKER_ID}`

function runningWorker(credits: number) {
  return {
    id: WORKER_ID,
    object: 'worker',
    created_at: Math.floor(Date.now() / 1000) - 30,
    status: 'running',
    running: true,
    messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Keep going' }] }],
    output_text: '',
    usage: { credits },
  }
}

class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static opened: FakeEventSource[] = []
  readonly url: string
  readyState = FakeEventSource.OPEN

  constructor(url: string | URL) {
    super()
    this.url = String(url)
    FakeEventSource.opened.push(this)
  }

  close() {
    this.readyState = FakeEventSource.CLOSED
  }

  emit(type: string, data: unknown, lastEventId = '') {
    act(() => {
      this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }))
    })
  }

  /** A dropped connection the browser is reconnecting. */
  drop() {
    this.readyState = FakeEventSource.CONNECTING
    act(() => {
      this.dispatchEvent(new Event('error'))
    })
  }
}

function answer(status: number, body: unknown, headers: [string, string][] = []): WatchAnswer {
  return { path: API_PATH, status, headers, text: JSON.stringify(body) }
}

const state = (...answers: WatchAnswer[]) => ({ answers, checkedAt: Date.now() })

/** The worker's open stream, once the page has opened it. */
function openStream(): FakeEventSource {
  const open = FakeEventSource.opened.filter((s) => s.readyState !== FakeEventSource.CLOSED)
  expect(open.map((s) => new URL(s.url, 'http://localhost').pathname)).toEqual([
    `/_app/watch/workers/${WORKER_ID}`,
  ])
  return open[0] as FakeEventSource
}

beforeEach(() => {
  FakeEventSource.opened = []
  vi.stubGlobal('EventSource', FakeEventSource)
})
afterEach(() => vi.unstubAllGlobals())

async function openRunningWorker() {
  server.use(http.get(`*${API_PATH}`, () => HttpResponse.json(runningWorker(1200))))
  const recorded = recordRequests(server, API_PATH)
  renderApp(`/workers/${WORKER_ID}`, createQueryClient())
  await eventually(() => screen.getByText('1,200 credits so far'))
  const stream = await eventually(openStream)
  return { ...recorded, stream }
}

describe('a running worker with the live watch', () => {
  it('takes every change from the stream and polls not at all while events flow', async () => {
    const { requests, stream } = await openRunningWorker()
    const streamed = answer(200, runningWorker(1500), [['etag', '"streamed-1500"']])
    stream.emit('state', state(streamed), 'w.2')
    await eventually(() => screen.getByText('1,500 credits so far'))
    for (let second = 0; second < 20; second += 2) {
      await advance(2000)
      stream.emit('alive', { ageMs: 100 })
    }
    expect(requests).toHaveLength(1)

    // Polling again, the page asks with the streamed body's ETag: unchanged, it would be a 304.
    stream.drop()
    await advance(2100)
    await eventually(() => expect(requests).toHaveLength(2))
    expect(requests[1]?.headers.get('if-none-match')).toBe('"streamed-1500"')
  })

  it('polls by itself when the stream drops or goes quiet, and stops again once it flows', async () => {
    const { requests, stream } = await openRunningWorker()
    for (let second = 0; second < 6; second += 2) {
      stream.emit('alive', { ageMs: null })
      await advance(2000)
    }
    expect(requests).toHaveLength(1)

    stream.drop()
    await advance(4100)
    await eventually(() => expect(requests.length).toBeGreaterThanOrEqual(3))
    // Reconnected: events flow again and the page's own polling stops.
    stream.readyState = FakeEventSource.OPEN
    stream.emit('alive', { ageMs: 0 })
    const flowing = requests.length
    await advance(1000)
    stream.emit('alive', { ageMs: 0 })
    await advance(1000)
    const settled = requests.length
    expect(settled - flowing).toBeLessThanOrEqual(1)

    // Silence (a proxy that holds the events back): the stream is given up and polling resumes.
    await advance(STREAM_SILENCE_MS + 2000)
    expect(stream.readyState).toBe(FakeEventSource.CLOSED)
    await advance(4100)
    await eventually(() => expect(requests.length).toBeGreaterThanOrEqual(settled + 2))
  })

  it('reads an error from the stream as a fetched one: a 403 stops the updates', async () => {
    const { requests, stream } = await openRunningWorker()
    stream.emit('state', state(answer(403, { error: 'This key cannot access this worker' })), 'w.3')
    const note = await eventually(() => dataNote(/Updates stopped/))
    expect(note).toHaveTextContent('Access denied')
    expect(note).toHaveTextContent(/cannot access this worker/)
    screen.getByText('1,200 credits so far')
    // Final: the stream is closed and nothing is polled.
    expect(stream.readyState).toBe(FakeEventSource.CLOSED)
    await advance(30_000)
    expect(requests).toHaveLength(1)
  })
})
