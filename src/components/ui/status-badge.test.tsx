import { render, screen } from '@testing-library/react'
import { statusOf, workerStatus } from '@/api/worker/status'
import { StatusBadge } from './status-badge'

describe('StatusBadge', () => {
  it.each([
    [{ rawStatus: 'pending' }, 'Pending', 'bg-amber-50'],
    [{ rawStatus: 'running', running: true }, 'Running', 'bg-sky-50'],
    [{ rawStatus: 'completed' }, 'Completed', 'bg-emerald-50'],
    [{ rawStatus: 'completed', error: { code: 'x' } }, 'Failed', 'bg-rose-50'],
    [{ rawStatus: 'completed', incompleteDetails: { reason: 'max' } }, 'Incomplete', 'bg-amber-50'],
    [{ rawStatus: 'archived' }, 'Unknown (archived)', 'bg-slate-100'],
  ])('shows %o as "%s"', (facts, label, tone) => {
    render(<StatusBadge status={workerStatus({ running: false, ...facts })} />)
    expect(screen.getByText(label)).toHaveClass(tone)
  })

  it('pulses the dot a few times only while running, and only if motion is allowed', () => {
    const { container, rerender } = render(<StatusBadge status={statusOf('running')} />)
    const dot = container.querySelector('[aria-hidden="true"]')
    expect(dot).toHaveClass('motion-safe:animate-pulse')
    // A few pulses, not forever: a never-ending animation keeps the page's main thread busy.
    expect(dot).toHaveStyle({ animationIterationCount: '3' })
    rerender(<StatusBadge status={statusOf('completed')} />)
    expect(container.querySelector('[aria-hidden="true"]')).not.toHaveClass(
      'motion-safe:animate-pulse',
    )
  })

  it('never shows an unknown status in green', () => {
    render(<StatusBadge status={workerStatus({ rawStatus: 'succeeded?', running: false })} />)
    expect(screen.getByText('Unknown (succeeded?)').className).not.toMatch(/emerald/)
  })

  it('shows a hidden or bidi character in an unknown status as a visible token', () => {
    const raw = 'done\u202Efdp.exe\u200B'
    render(<StatusBadge status={workerStatus({ rawStatus: raw, running: false })} />)
    expect(screen.getByText('Unknown (done⟨U+202E⟩fdp.exe⟨U+200B⟩)')).toBeVisible()
    expect(document.body.textContent).not.toContain('\u202E')
  })
})
