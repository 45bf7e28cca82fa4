import { act, fireEvent, screen } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { createQueryClient } from '@/app/query-client'
import { setupDemoServer } from '@/test/demo-server'
import { setupFakeClock } from '@/test/fake-clock'
import { recordRequests } from '@/test/record-requests'
import { renderApp } from '@/test/render'

/*
 * Watching a running worker: the page polls it every 2 s, says so, and carries its state in the
 * tab title and favicon; paused (the "p" key), it sends nothing at all while the clock of the
 * run goes on, until Resume.
 */
const server = setupDemoServer()
const { eventually, advance } = setupFakeClock()

const WORKER_ID = 'wrk_test-running'

function runningWorker() {
  return {
    id: WORKER_ID,
    object: 'worker',
    created_at: Math.floor(Date.now() / 1000) - 30,
    status: 'running',
    running: true,
    error: null,
    incomplete_details: null,
    messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Keep going' }] }],
    output: [],
    output_text: '',
    sources: [],
    files: [],
    metadata: {},
    usage: { credits: 1200 },
  }
}

// The page's own favicon link, which the worker view rewrites.
beforeEach(() => {
  const link = document.createElement('link')
  link.rel = 'icon'
  link.href = '/favicon.svg'
  document.head.append(link)
})
afterEach(() => document.head.querySelector('link[rel="icon"]')?.remove())

const favicon = () => document.head.querySelector('link[rel="icon"]')?.getAttribute('href') ?? ''

describe('a running worker', () => {
  it('polls every 2 s while live; paused, it sends nothing until resumed', async () => {
    server.use(http.get(`*/api/workers/${WORKER_ID}`, () => HttpResponse.json(runningWorker())))
    const { requests } = recordRequests(server, `/api/workers/${WORKER_ID}`)
    renderApp(`/workers/${WORKER_ID}`, createQueryClient())

    await eventually(() => expect(document.title).toMatch(/^● Running · Worker wrk_test-running/))
    expect(favicon()).toContain('data-state%3D%22running%22')
    expect(screen.getByText('1,200 credits so far')).toBeInTheDocument()
    expect(screen.getByText(/live, every 2 s/)).toBeInTheDocument()
    const elapsed = screen.getByText(/^\d+:\d{2}$/)
    const started = elapsed.textContent

    const live = requests.length
    await advance(6500)
    await eventually(() => expect(requests.length).toBeGreaterThanOrEqual(live + 3))

    act(() => {
      fireEvent.keyDown(window, { key: 'p' })
    })
    const resume = await eventually(() =>
      screen.getByRole('button', { name: 'Resume live updates' }),
    )
    expect(resume).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText(/paused: no updates until you resume/)).toBeInTheDocument()
    await eventually(() => expect(document.title).toMatch(/^Ⅱ Paused · Worker wrk_test-running/))
    expect(favicon()).toContain('data-state%3D%22paused%22')

    const paused = requests.length
    await advance(30_000)
    expect(requests).toHaveLength(paused)
    // The run's own clock goes on meanwhile.
    expect(elapsed.textContent).not.toBe(started)

    await act(async () => resume.click())
    await eventually(() => expect(document.title).toMatch(/^● Running/))
    await advance(2500)
    await eventually(() => expect(requests.length).toBeGreaterThan(paused))
  })
})
