import { render, screen, within } from '@testing-library/react'
import { OutputPanel } from './output-panel'

describe('OutputPanel', () => {
  it('renders the answer as Markdown in a panel named Output', () => {
    render(<OutputPanel text={'## Findings\n\nSee [source](https://example.com).'} />)
    const panel = screen.getByRole('region', { name: 'Output' })
    expect(within(panel).getByRole('heading', { name: 'Findings' })).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: 'source' })).toHaveAttribute(
      'href',
      'https://example.com/',
    )
  })

  it.each(['', '   \n\t'])('says there is no output for %j', (text) => {
    render(<OutputPanel text={text} />)
    expect(screen.getByText('No output yet.')).toBeVisible()
  })

  it('keeps hostile HTML inert', () => {
    const { container } = render(
      <OutputPanel text={'<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>'} />,
    )
    expect(container.querySelector('script, img')).toBeNull()
    expect(screen.getByRole('region', { name: 'Output' })).toHaveTextContent(
      '<script>alert(1)</script>',
    )
  })
})
