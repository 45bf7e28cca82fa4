import { render, screen } from '@testing-library/react'
import { UsageBadge } from './usage-badge'

describe('UsageBadge', () => {
  it('shows credits and duration with the shared number format', () => {
    render(<UsageBadge usage={{ credits: 12345, durationMs: 83000 }} />)
    expect(screen.getByText('12,345 credits · 1m 23s')).toBeVisible()
  })

  it('shows only the fields that are present', () => {
    const { rerender } = render(<UsageBadge usage={{ credits: 1 }} />)
    expect(screen.getByText('1 credit')).toBeVisible()
    rerender(<UsageBadge usage={{ durationMs: 450 }} />)
    expect(screen.getByText('450ms')).toBeVisible()
  })

  it('renders nothing without usage once finished', () => {
    const { container, rerender } = render(<UsageBadge usage={null} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<UsageBadge usage={{}} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('keeps its place with a dash while a run has no usage yet', () => {
    render(<UsageBadge usage={null} live />)
    expect(screen.getByText('—')).toHaveClass('min-w-36', 'tabular-nums')
  })

  it('labels credits of a live run as so far', () => {
    render(<UsageBadge usage={{ credits: 2000 }} live />)
    expect(screen.getByText('2,000 credits so far')).toBeVisible()
  })

  it('shows a dash for values that make no sense', () => {
    render(<UsageBadge usage={{ credits: Number.NaN, durationMs: -5 }} />)
    expect(screen.getByText('— credits · — duration')).toBeVisible()
  })
})
