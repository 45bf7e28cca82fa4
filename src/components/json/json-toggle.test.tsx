import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { JsonToggle } from './json-toggle'

describe('JsonToggle', () => {
  it('shows and hides the JSON, with aria-expanded and aria-controls', async () => {
    const user = userEvent.setup()
    render(<JsonToggle value={{ a: '<b>bold?</b>' }} />)
    const button = screen.getByRole('button', { name: 'Show JSON' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    button.focus()
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'true')
    const block = screen.getByText(/"a": "<b>bold\?<\/b>"/)
    expect(button).toHaveAttribute('aria-controls', block.id)
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Show JSON' })).toBeInTheDocument()
    expect(screen.queryByText(/bold/)).not.toBeInTheDocument()
  })
})
