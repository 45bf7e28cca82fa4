import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { MemoryRouter } from 'react-router'
import { workerId } from '@/test/ids'
import { createTestQueryClient } from '@/test/render'
import { WorkerLifeSection } from './worker-life-section'

const WORKER = workerId('wrk_quiet')
const asked: string[] = []
const server = setupServer(
  http.get('*/api/workers/:id/webhook/executions', () => {
    asked.push('executions')
    return HttpResponse.json({ logs: [], page: 1, pageCount: 0, totalCount: 0 })
  }),
  http.get('*/api/workers/:id/schedules', () => {
    asked.push('schedules')
    return HttpResponse.json({ schedules: [], workerId: WORKER, timezone: 'UTC' })
  }),
  http.get('*/api/workers/:id/webhook', () => {
    asked.push('webhook')
    return HttpResponse.json({ url: null, hasToken: false })
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  asked.length = 0
})
afterAll(() => server.close())

function renderSection(live: boolean) {
  const client = createTestQueryClient()
  const ui = (isLive: boolean) => (
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <WorkerLifeSection workerId={WORKER} taskId={null} live={isLive} />
      </MemoryRouter>
    </QueryClientProvider>
  )
  const view = render(ui(live))
  return { rerender: (isLive: boolean) => view.rerender(ui(isLive)) }
}

describe('WorkerLifeSection', () => {
  it('says plainly when there is nothing: no runs, no schedules, no webhook', async () => {
    renderSection(false)
    expect(await screen.findByText(/^No runs recorded\./)).toBeInTheDocument()
    expect(await screen.findByText(/^No schedules:/)).toBeInTheDocument()
    expect(await screen.findByText(/^No webhook is set/)).toBeInTheDocument()
    expect(asked.toSorted()).toEqual(['executions', 'schedules', 'webhook'])
  })

  it('asks again once the run on the page finishes, and not while it goes on', async () => {
    const view = renderSection(true)
    await screen.findByText(/^No webhook is set/)
    view.rerender(true)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(asked).toHaveLength(3)
    view.rerender(false)
    await waitFor(() => expect(asked).toHaveLength(6))
  })
})
