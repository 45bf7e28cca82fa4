import { render, screen } from '@testing-library/react'
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
})
