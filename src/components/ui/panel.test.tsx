import { render, screen, within } from '@testing-library/react'
import { EmptyState, Panel } from './panel'

describe('Panel', () => {
  it('names the section exactly by its title, with the count beside the heading', () => {
    render(
      <Panel title="Messages" count={1234}>
        <p>body</p>
      </Panel>,
    )
    const section = screen.getByRole('region', { name: 'Messages' })
    expect(within(section).getByRole('heading', { level: 2, name: 'Messages' })).toBeVisible()
    expect(within(section).getByText('1,234')).toBeInTheDocument()
    expect(within(section).getByText('body')).toBeInTheDocument()
  })

  it('shows a count of zero, and no count when none is given', () => {
    const { rerender } = render(
      <Panel title="Files" count={0}>
        x
      </Panel>,
    )
    expect(screen.getByText('0')).toBeInTheDocument()
    rerender(<Panel title="Files">x</Panel>)
    expect(screen.queryByText('0')).not.toBeInTheDocument()
  })

  it('renders actions inside the section', () => {
    render(
      <Panel title="Output" actions={<button type="button">Copy</button>}>
        text
      </Panel>,
    )
    const section = screen.getByRole('region', { name: 'Output' })
    expect(within(section).getByRole('button', { name: 'Copy' })).toBeInTheDocument()
  })

  it('gives two panels distinct heading ids', () => {
    render(
      <>
        <Panel title="One">a</Panel>
        <Panel title="Two">b</Panel>
      </>,
    )
    expect(screen.getByRole('region', { name: 'One' })).toHaveTextContent('a')
    expect(screen.getByRole('region', { name: 'Two' })).toHaveTextContent('b')
  })

  it('renders hostile titles as text', () => {
    const { container } = render(<Panel title={'<img src=x onerror=alert(1)>'}>x</Panel>)
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeVisible()
    expect(container.querySelector('img')).toBeNull()
  })
})

describe('EmptyState', () => {
  it('shows its text', () => {
    render(<EmptyState>Nothing here.</EmptyState>)
    expect(screen.getByText('Nothing here.')).toBeVisible()
  })
})
