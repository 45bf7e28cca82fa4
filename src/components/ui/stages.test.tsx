import { render, screen } from '@testing-library/react'
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

  it('renders everything outside a set of stages', () => {
    render(
      <Stage index={3} fallback={<p>waiting</p>}>
        <p>shown</p>
      </Stage>,
    )
    expect(screen.getByText('shown')).toBeInTheDocument()
  })
})
