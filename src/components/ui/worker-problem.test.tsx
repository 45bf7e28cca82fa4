import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { WorkerProblem } from './worker-problem'

describe('WorkerProblem', () => {
  it('renders nothing when both are null or undefined', () => {
    const { container, rerender } = render(<WorkerProblem error={null} incompleteDetails={null} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<WorkerProblem error={undefined} incompleteDetails={undefined} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('shows a string error in an alert', () => {
    render(<WorkerProblem error="Upstream timed out" incompleteDetails={null} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('This worker reported an error')
    expect(alert).toHaveTextContent('Upstream timed out')
  })

  it('shows message, code and type of an error object, and its raw JSON on request', async () => {
    const user = userEvent.setup()
    const error = { message: 'Rate limited', code: 'rate_limit', type: 'server_error', extra: 7 }
    render(<WorkerProblem error={error} incompleteDetails={null} />)
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('Rate limited')).toBeVisible()
    expect(within(alert).getByText('rate_limit')).toBeVisible()
    expect(within(alert).getByText('server_error')).toBeVisible()
    expect(within(alert).queryByText(/"extra": 7/)).not.toBeInTheDocument()
    const toggle = within(alert).getByRole('button', { name: 'Show JSON' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveAccessibleName('Hide JSON')
    expect(within(alert).getByText(/"extra": 7/)).toBeVisible()
  })

  it('explains an incomplete answer, with its reason', () => {
    render(<WorkerProblem error={null} incompleteDetails={{ reason: 'max_output_tokens' }} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The answer is incomplete')
    expect(within(alert).getByText('Reason:')).toBeVisible()
    expect(within(alert).getByText('max_output_tokens')).toBeVisible()
  })

  it('shows both problems when both are set', () => {
    render(<WorkerProblem error="boom" incompleteDetails="cut short" />)
    expect(screen.getAllByRole('alert')).toHaveLength(2)
  })

  it('handles odd values: false, 0, arrays and hostile strings', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <WorkerProblem error={['<img src=x onerror=alert(1)>']} incompleteDetails={0} />,
    )
    expect(screen.getAllByRole('alert')).toHaveLength(2)
    await user.click(screen.getAllByRole('button', { name: 'Show JSON' })[0]!)
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('shows a hostile message as text', () => {
    const { container } = render(
      <WorkerProblem error={{ message: '<script>alert(1)</script>' }} incompleteDetails={null} />,
    )
    expect(screen.getByText('<script>alert(1)</script>')).toBeVisible()
    expect(container.querySelector('script')).toBeNull()
  })
})
