import { render, screen } from '@testing-library/react'
import { StatusBadge } from './status-badge'

describe('StatusBadge', () => {
  it.each([
    ['pending', false, 'Pending'],
    ['running', true, 'Running'],
    ['completed', false, 'Completed'],
  ] as const)('shows %s as text', (status, running, label) => {
    render(<StatusBadge status={status} running={running} />)
    expect(screen.getByText(label)).toBeVisible()
  })

  it('pulses the dot only while running, and only if motion is allowed', () => {
    const { container, rerender } = render(<StatusBadge status="running" running />)
    expect(container.querySelector('[aria-hidden="true"]')).toHaveClass('motion-safe:animate-pulse')
    rerender(<StatusBadge status="completed" running={false} />)
    expect(container.querySelector('[aria-hidden="true"]')).not.toHaveClass(
      'motion-safe:animate-pulse',
    )
  })

  it('trusts the running flag over a stale status', () => {
    render(<StatusBadge status="completed" running />)
    expect(screen.getByText('Running')).toBeVisible()
    expect(screen.queryByText('Completed')).not.toBeInTheDocument()
  })

  it('shows the running status even before the flag catches up', () => {
    render(<StatusBadge status="running" running={false} />)
    expect(screen.getByText('Running')).toBeVisible()
  })
})
