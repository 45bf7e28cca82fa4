import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StructuredOutputPanel } from './structured-output-panel'

describe('StructuredOutputPanel', () => {
  it('shows the value as a tree and copies it as pretty JSON', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const value = { company: 'Acme', employees: 12 }
    render(<StructuredOutputPanel value={value} />)
    const panel = screen.getByRole('region', { name: 'Structured output' })
    expect(within(panel).getByText('"Acme"')).toBeVisible()
    await user.click(within(panel).getByRole('button', { name: 'Copy JSON' }))
    expect(writeText).toHaveBeenCalledWith(JSON.stringify(value, null, 2))
    expect(within(panel).getByRole('status')).toHaveTextContent('Copied')
  })

  it.each([null, undefined])('says there is no structured output for %s', (value) => {
    render(<StructuredOutputPanel value={value} />)
    expect(screen.getByText('No structured output.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Copy JSON' })).not.toBeInTheDocument()
  })

  it('shows falsy but present values', () => {
    render(<StructuredOutputPanel value={false} />)
    expect(screen.getByText('false')).toBeVisible()
    expect(screen.queryByText('No structured output.')).not.toBeInTheDocument()
  })
})
