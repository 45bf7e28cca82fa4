import { QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { createTestQueryClient } from '@/test/render'
import { LastUpdated, MARK_DELAY_MS, RefreshingMark } from './last-updated'

const key = ['workers', 'wrk_1']

function renderLine() {
  const client = createTestQueryClient()
  client.setQueryData(key, { worker: 1 }, { updatedAt: Date.now() - 5000 })
  const commits = vi.fn()
  const view = render(
    <QueryClientProvider client={client}>
      <Profiler id="line" onRender={commits}>
        <LastUpdated queryKey={key} />
        <RefreshingMark queryKey={key} />
      </Profiler>
    </QueryClientProvider>,
  )
  const mark = view.container.querySelector('[data-refreshing]')
  return { client, commits, mark, time: screen.getByText('5 s ago') }
}

describe('the "Updated" line', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-07-14T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it("shows a confirmation at the clock's next tick, without rendering", () => {
    const { client, commits, time } = renderLine()
    const renders = commits.mock.calls.length
    const confirmedAt = Date.now()
    // What the live stream does when the server found the run unchanged.
    act(() => client.setQueryData(key, (data: unknown) => data, { updatedAt: confirmedAt }))
    expect(time).toHaveTextContent('5 s ago')
    act(() => vi.advanceTimersByTime(1000))
    expect(time).toHaveTextContent('1 s ago')
    expect(time).toHaveAttribute('datetime', new Date(confirmedAt).toISOString())
    expect(time).toHaveAttribute('title', new Date(confirmedAt).toLocaleString())
    act(() => vi.advanceTimersByTime(2000))
    expect(time).toHaveTextContent('3 s ago')
    expect(commits.mock.calls.length).toBe(renders)
  })

  it('marks a slow refresh, and neither a quick one nor the mark itself renders', async () => {
    const { client, commits, mark } = renderLine()
    const renders = commits.mock.calls.length
    let answer: (data: unknown) => void = () => {}
    const fetchOnce = () =>
      act(() => {
        void client.fetchQuery({
          queryKey: key,
          queryFn: () => new Promise((resolve) => (answer = resolve)),
        })
      })

    fetchOnce()
    act(() => vi.advanceTimersByTime(MARK_DELAY_MS - 50))
    await act(async () => answer({ worker: 1 }))
    act(() => vi.advanceTimersByTime(1000))
    expect(mark).toHaveAttribute('data-refreshing', 'false')

    fetchOnce()
    act(() => vi.advanceTimersByTime(MARK_DELAY_MS))
    expect(mark).toHaveAttribute('data-refreshing', 'true')
    await act(async () => answer({ worker: 1 }))
    // The query cache tells its listeners in a batch, on a zero-delay timer.
    act(() => vi.advanceTimersByTime(0))
    expect(mark).toHaveAttribute('data-refreshing', 'false')
    expect(commits.mock.calls.length).toBe(renders)
  })
})
