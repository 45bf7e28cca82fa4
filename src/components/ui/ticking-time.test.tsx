import { act, render, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { Ago, Elapsed } from './ticking-time'
import { formatDateTime } from '@/lib/format'

describe('ticking times', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-07-14T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('counts "ago" up every second, with the full time on hover', () => {
    render(<Ago at={Date.now() - 3000} />)
    const time = screen.getByText('3 s ago')
    expect(time).toHaveAttribute('title', formatDateTime(new Date(Date.now() - 3000)))
    act(() => vi.advanceTimersByTime(1000))
    expect(time).toHaveTextContent('4 s ago')
    act(() => vi.advanceTimersByTime(60_000))
    expect(time).toHaveTextContent('1 min ago')
  })

  it('ticks the elapsed time of a running worker', () => {
    render(<Elapsed from={new Date(Date.now() - 7000)} />)
    expect(screen.getByText('0:07')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(2000))
    expect(screen.getByText('0:09')).toHaveAttribute('dateTime', 'PT9S')
  })

  it('ticks without React: three clocks, one timer, no commit per second', () => {
    const commits = vi.fn()
    const timers = vi.getTimerCount()
    render(
      <Profiler id="clocks" onRender={commits}>
        <Ago at={Date.now() - 3000} />
        <Ago at={Date.now() - 10_000} />
        <Elapsed from={new Date(Date.now() - 7000)} />
      </Profiler>,
    )
    expect(vi.getTimerCount() - timers).toBe(1)
    const renders = commits.mock.calls.length
    act(() => vi.advanceTimersByTime(5000))
    expect(screen.getByText('8 s ago')).toBeInTheDocument()
    expect(screen.getByText('15 s ago')).toBeInTheDocument()
    expect(screen.getByText('0:12')).toBeInTheDocument()
    expect(commits.mock.calls.length).toBe(renders)
  })

  it('changes the characters of its one text node, not the node', () => {
    render(<Ago at={Date.now() - 3000} />)
    const time = screen.getByText('3 s ago')
    const node = time.firstChild
    act(() => vi.advanceTimersByTime(1000))
    expect(time).toHaveTextContent('4 s ago')
    expect(time.firstChild).toBe(node)
    expect(time.childNodes).toHaveLength(1)
  })

  it('stops its timer when the last clock goes', () => {
    const timers = vi.getTimerCount()
    const { unmount } = render(<Ago at={Date.now()} />)
    expect(vi.getTimerCount()).toBe(timers + 1)
    unmount()
    expect(vi.getTimerCount()).toBe(timers)
  })
})
