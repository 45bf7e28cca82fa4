import { act, render, screen } from '@testing-library/react'
import { Stage, Stages } from './stages'

function Page() {
  return (
    <Stages count={2}>
      {[0, 1, 2].map((index) => (
        <Stage key={index} index={index} fallback={<p>waiting {index}</p>}>
          <p>stage {index}</p>
        </Stage>
      ))}
    </Stages>
  )
}

describe('Stages', () => {
  it('shows the first stage at once and the others one task later each', async () => {
    render(<Page />)
    expect(screen.getByText('stage 0')).toBeInTheDocument()
    expect(screen.getByText('waiting 1')).toBeInTheDocument()
    expect(screen.getByText('waiting 2')).toBeInTheDocument()
    expect(await screen.findByText('stage 1')).toBeInTheDocument()
    expect(await screen.findByText('stage 2')).toBeInTheDocument()
    expect(screen.queryByText(/waiting/)).not.toBeInTheDocument()
  })

  it('builds the next stage only after a frame has been drawn, however many tasks pass', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
    try {
      render(<Page />)
      // Tasks, and no frame yet (fake frames come every 16 ms).
      await act(async () => vi.advanceTimersByTime(10))
      expect(screen.getByText('waiting 1')).toBeInTheDocument()
      // The frame, then the task after it.
      await act(async () => vi.advanceTimersByTime(7))
      expect(screen.getByText('stage 1')).toBeInTheDocument()
      expect(screen.getByText('waiting 2')).toBeInTheDocument()
    } finally {
      vi.useRealTimers()
    }
  })

  it('renders everything outside a set of stages', () => {
    render(
      <Stage index={3} fallback={<p>waiting</p>}>
        <p>shown</p>
      </Stage>,
    )
    expect(screen.getByText('shown')).toBeInTheDocument()
  })
})
