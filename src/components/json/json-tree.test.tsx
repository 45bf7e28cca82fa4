import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { JsonTree } from './json-tree'

const value = {
  name: 'report',
  count: 3,
  ok: true,
  missing: null,
  nested: { deep: 'secret-value' },
  list: [1, 2],
}

describe('JsonTree', () => {
  it('opens the top level and keeps deeper levels closed and unmounted', () => {
    render(<JsonTree value={value} label="result" />)
    expect(screen.getByRole('button', { name: /result: Object \(6 keys\)/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(screen.getByText('"report"')).toBeInTheDocument()
    expect(screen.getByText('3')).toBeInTheDocument()
    expect(screen.getByText('true')).toBeInTheDocument()
    expect(screen.getByText('null')).toBeInTheDocument()
    const nested = screen.getByRole('button', { name: /nested: Object \(1 key\)/ })
    expect(nested).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('"secret-value"')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /list: Array \(2 items\)/ })).toBeInTheDocument()
  })

  it('expands and collapses with the keyboard', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={value} />)
    const nested = screen.getByRole('button', { name: /nested/ })
    nested.focus()
    await user.keyboard('{Enter}')
    expect(nested).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('"secret-value"')).toBeInTheDocument()
    await user.keyboard(' ')
    expect(nested).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('"secret-value"')).not.toBeInTheDocument()
  })

  it('reaches the toggles with Tab', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={value} />)
    await user.tab()
    expect(screen.getByRole('button', { name: /Object \(6 keys\)/ })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: /nested/ })).toHaveFocus()
  })

  it('collapses the top level', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={value} />)
    await user.click(screen.getByRole('button', { name: /Object \(6 keys\)/ }))
    expect(screen.queryByText('"report"')).not.toBeInTheDocument()
  })

  it('renders primitives at the top level', () => {
    const { rerender } = render(<JsonTree value="hello" />)
    expect(screen.getByText('"hello"')).toBeInTheDocument()
    rerender(<JsonTree value={42} />)
    expect(screen.getByText('42')).toBeInTheDocument()
    rerender(<JsonTree value={null} />)
    expect(screen.getByText('null')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('shows hostile strings as quoted text', () => {
    const { container } = render(<JsonTree value={{ html: '<img src=x onerror=alert(1)>' }} />)
    expect(screen.getByText('"<img src=x onerror=alert(1)>"')).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('pages through a huge array instead of mounting it all', async () => {
    const user = userEvent.setup()
    const big = Array.from({ length: 250 }, (_, i) => `item-${i}`)
    render(<JsonTree value={big} />)
    const list = screen.getByRole('list')
    expect(within(list).getAllByRole('listitem')).toHaveLength(101)
    expect(screen.queryByText('"item-100"')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 100 more of 150' }))
    expect(screen.getByText('"item-199"')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 50 more of 50' }))
    expect(screen.getByText('"item-249"')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument()
  })

  it('does not crash on a cyclic value', async () => {
    const user = userEvent.setup()
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    render(<JsonTree value={cyclic} />)
    await user.click(screen.getByRole('button', { name: /self/ }))
    expect(screen.getAllByRole('button', { name: /self/ })).toHaveLength(2)
  })
})
