import { QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { POLL_INTERVAL_MS } from '@/api/polling'
import { createTestQueryClient } from '@/test/render'
import { LastUpdated, MARK_DELAY_MS, RECENT_UPDATE_MS, RefreshingMark } from './last-updated'
import { formatDateTime } from '@/lib/format'

const key = ['workers', 'wrk_1']

function renderLine() {
  const client = createTestQueryClient()
  client.setQueryData(key, { worker: 1 }, { updatedAt: Date.now() - 6000 })
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
  // What a poll that brings nothing new, or the live stream's heartbeat, does.
  const confirm = (at = Date.now()) =>
    act(() => client.setQueryData(key, (data: unknown) => data, { updatedAt: at }))
  return { client, commits, mark, confirm, time: screen.getByText('6 s ago') }
}

describe('the "Updated" line', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-07-14T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it("shows a confirmation at the clock's next tick, without rendering", () => {
    const { commits, confirm, time } = renderLine()
    const renders = commits.mock.calls.length
    const confirmedAt = Date.now()
    confirm(confirmedAt)
    expect(time).toHaveTextContent('6 s ago')
    act(() => vi.advanceTimersByTime(1000))
    expect(time).toHaveTextContent('just now')
    expect(time).toHaveAttribute('datetime', new Date(confirmedAt).toISOString())
    expect(time).toHaveAttribute('title', formatDateTime(new Date(confirmedAt)))
    expect(commits.mock.calls.length).toBe(renders)
  })

  it('reads "just now" while confirmations keep coming, and counts once they stop', () => {
    const { confirm, time } = renderLine()
    confirm()
    act(() => vi.advanceTimersByTime(1000))
    const records: MutationRecord[] = []
    const writes = new MutationObserver((list) => records.push(...list))
    writes.observe(time, { childList: true, characterData: true, subtree: true })
    for (let i = 0; i < 5; i++) {
      act(() => vi.advanceTimersByTime(POLL_INTERVAL_MS))
      confirm()
    }
    act(() => vi.advanceTimersByTime(1000))
    expect(time).toHaveTextContent('just now')
    records.push(...writes.takeRecords())
    expect(records).toEqual([])
    act(() => vi.advanceTimersByTime(RECENT_UPDATE_MS))
    expect(time).toHaveTextContent(`${RECENT_UPDATE_MS / 1000 + 1} s ago`)
    writes.disconnect()
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
