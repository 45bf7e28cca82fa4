import { render, screen } from '@testing-library/react'
import { MessageText } from './message-text'

describe('MessageText', () => {
  it('renders Markdown for the assistant only', async () => {
    const { rerender } = render(<MessageText text="[a](https://a.example)" role="assistant" />)
    expect(await screen.findByRole('link', { name: 'a' })).toBeInTheDocument()
    rerender(<MessageText text="[a](https://a.example)" role="system" />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('[a](https://a.example)')).toBeVisible()
  })

  it('keeps line breaks in plain text', () => {
    render(<MessageText text={'line one\nline two'} role="user" />)
    expect(screen.getByText(/line one\s+line two/)).toHaveClass('whitespace-pre-wrap')
  })

  it('shows hidden characters a user or tool wrote as visible tokens', () => {
    render(<MessageText text={'invoice\u202Efdp.exe'} role="user" />)
    expect(screen.getByText('⟨U+202E⟩')).toBeVisible()
    expect(document.body.textContent).not.toContain('\u202E')
  })
})
