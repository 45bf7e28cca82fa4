import { render, screen } from '@testing-library/react'
import { UsageBadge } from './usage-badge'

describe('UsageBadge', () => {
  it('shows credits and duration', () => {
    render(<UsageBadge usage={{ credits: 12345, durationMs: 83000 }} />)
    expect(screen.getByText('12,345 credits · 1m 23s')).toBeVisible()
  })

  it('shows only the fields that are present', () => {
    const { rerender } = render(<UsageBadge usage={{ credits: 1 }} />)
    expect(screen.getByText('1 credit')).toBeVisible()
    rerender(<UsageBadge usage={{ durationMs: 450 }} />)
    expect(screen.getByText('450ms')).toBeVisible()
  })

  it('renders nothing without usage', () => {
    const { container, rerender } = render(<UsageBadge usage={null} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<UsageBadge usage={{}} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('drops values the formatters reject', () => {
    const { container } = render(<UsageBadge usage={{ credits: Number.NaN, durationMs: -5 }} />)
    expect(container).toBeEmptyDOMElement()
  })
})
