import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { JSON_CHAR_CAP } from '@/lib/json-text'
import { JsonBlock } from './json-block'

describe('JsonBlock', () => {
  it('pretty-prints and can be reached by keyboard when it scrolls', () => {
    render(<JsonBlock value={{ a: [1] }} />)
    const block = screen.getByText(/"a": \[/)
    expect(block.textContent).toBe('{\n  "a": [\n    1\n  ]\n}')
    expect(block).toHaveAttribute('tabindex', '0')
  })

  it('shows a hostile string as text', () => {
    const { container } = render(<JsonBlock value="<script>alert(1)</script>" />)
    expect(screen.getByText('"<script>alert(1)</script>"')).toBeInTheDocument()
    expect(container.querySelector('script')).toBeNull()
  })

  it('shows bidi characters escaped so they cannot reorder the text', () => {
    render(<JsonBlock value={{ name: 'invoice\u202Efdp.exe' }} />)
    expect(screen.getByText(/invoice\\u202efdp\.exe/)).toBeInTheDocument()
  })

  it('caps a huge value, shows more on request and prepares a full copy', async () => {
    const user = userEvent.setup()
    const value = 'z'.repeat(JSON_CHAR_CAP * 2)
    render(<JsonBlock value={value} />)
    expect(screen.getByText(/^… [\d,]+ more characters$/)).toBeInTheDocument()
    expect(screen.getByText(/^"z+$/).textContent).toHaveLength(JSON_CHAR_CAP)
    await user.click(screen.getByRole('button', { name: 'Prepare full copy' }))
    expect(
      screen.getByRole('button', {
        name: `Copy all (${(JSON_CHAR_CAP * 2 + 2).toLocaleString('en-US')} characters)`,
      }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show more' }))
    expect(screen.queryByText(/more characters/)).not.toBeInTheDocument()
  })

  it('shows a value nested thousands of levels deep', () => {
    let deep: unknown = 1
    for (let i = 0; i < 5000; i++) deep = [deep]
    render(<JsonBlock value={deep} />)
    expect(screen.getByText(/nested deeper, 4936 levels/)).toBeInTheDocument()
  })
})
