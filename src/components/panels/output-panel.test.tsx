import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
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

describe('OutputPanel with a very long answer', () => {
  it('renders a preview first and the whole text on request', async () => {
    const sections = Array.from(
      { length: 400 },
      (_, i) => `## Section ${i}\n\n${'text '.repeat(30)}`,
    )
    render(<OutputPanel text={sections.join('\n\n')} />)
    expect(screen.getByRole('heading', { name: 'Section 0' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Section 399' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: /Show the full output/ }))
    expect(screen.getByRole('heading', { name: 'Section 399' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Show the full output/ })).toBeNull()
  })
})
