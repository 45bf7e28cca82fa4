import { afterNextFrame } from './yield-to-browser'

describe('afterNextFrame', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('runs in a task after the next frame, not before it', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
    const run = vi.fn()
    afterNextFrame(run)
    // Tasks alone (no frame yet) do not run it (a fake setTimeout of 0 waits 1 ms).
    vi.advanceTimersByTime(1)
    expect(run).not.toHaveBeenCalled()
    // The frame comes (fake frames are 16 ms apart), then the task after it.
    vi.advanceTimersByTime(15)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs in the next task on a hidden page, which draws no frames', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true)
    const run = vi.fn()
    afterNextFrame(run)
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('can be cancelled before the frame and after it', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
    const early = vi.fn()
    afterNextFrame(early)()
    const late = vi.fn()
    const cancelLate = afterNextFrame(late)
    vi.advanceTimersByTime(16)
    cancelLate()
    vi.advanceTimersByTime(100)
    expect(early).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })
})
