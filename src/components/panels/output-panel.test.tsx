import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { OutputPanel } from './output-panel'

describe('OutputPanel', () => {
  it('renders the answer as Markdown in a panel named Output', async () => {
    render(<OutputPanel live={false} text={'## Findings\n\nSee [source](https://example.com).'} />)
    const panel = screen.getByRole('region', { name: 'Output' })
    expect(await within(panel).findByRole('heading', { name: 'Findings' })).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: 'source' })).toHaveAttribute(
      'href',
      'https://example.com/',
    )
  })

  it.each([
    ['', true, 'No output yet.'],
    ['   \n\t', true, 'No output yet.'],
    ['', false, 'This run produced no output.'],
    ['   \n\t', false, 'This run produced no output.'],
  ])('for %j, live %s, says %j', (text, live, said) => {
    render(<OutputPanel live={live} text={text} />)
    expect(screen.getByText(said)).toBeVisible()
    // A finished run never promises more.
    if (!live) expect(screen.queryByText(/yet/)).toBeNull()
  })

  it('keeps hostile HTML inert', () => {
    const { container } = render(
      <OutputPanel
        live={false}
        text={'<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>'}
      />,
    )
    expect(container.querySelector('script, img')).toBeNull()
    expect(screen.getByRole('region', { name: 'Output' })).toHaveTextContent(
      '<script>alert(1)</script>',
    )
  })
})

describe('OutputPanel with a very long answer', () => {
  const sections = Array.from({ length: 80 }, (_, i) => `## Section ${i}\n\n${'text '.repeat(30)}`)
  const long = sections.join('\n\n')

  it('renders the whole answer progressively, with no "show all" button', async () => {
    render(<OutputPanel live={false} text={long} />)
    expect(
      await screen.findByRole('heading', { name: 'Section 79' }, { timeout: 15_000 }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Section 0' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Show the full output/ })).toBeNull()
  })

  it('switches to the raw source and back', async () => {
    render(<OutputPanel live={false} text={long} />)
    const toggle = screen.getByRole('button', { name: 'Show raw' })
    await userEvent.click(toggle)
    // The button now says what the next click does.
    expect(toggle).toHaveAccessibleName('Show rendered')
    const panel = screen.getByRole('region', { name: 'Output' })
    expect(within(panel).queryByRole('heading', { name: 'Section 0' })).toBeNull()
    expect(panel).toHaveTextContent('## Section 79')
    await userEvent.click(toggle)
    expect(toggle).toHaveAccessibleName('Show raw')
    expect(
      await within(panel).findByRole('heading', { name: 'Section 79' }, { timeout: 15_000 }),
    ).toBeInTheDocument()
  })

  it('copies the answer as Markdown', async () => {
    const user = userEvent.setup()
    render(<OutputPanel live={false} text={'# Title\n\nBody'} />)
    await user.click(screen.getByRole('button', { name: 'Copy answer as Markdown' }))
    expect(await navigator.clipboard.readText()).toBe('# Title\n\nBody')
    expect(screen.getByRole('status')).toHaveTextContent('Copied')
  })

  it('shows the answer size', () => {
    render(<OutputPanel live={false} text={'é'.repeat(1024)} />)
    expect(screen.getByText('2 KB')).toBeVisible()
  })

  it('shows what output holds besides the answer, readable, inert, JSON for the unknown', () => {
    const output = [
      {
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [
          { type: 'output_text', text: 'Done.' },
          { type: 'refusal', refusal: '<b>No</b> further \u202E details.' },
          { type: 'output_image', image_url: 'https://tracker.example/p.gif' },
        ],
      },
      { type: 'function_call', name: 'lookup', arguments: '{"q":"bikes"}', status: 'completed' },
      { type: 'image_generation_call', result: 'iVBORw0KGgo=' },
      { type: 'brand_new', payload: { x: 1 } },
    ]
    const { container } = render(<OutputPanel text="Done." output={output} live={false} />)
    const panel = screen.getByRole('region', { name: 'Output' })
    expect(within(panel).getByRole('heading', { name: 'Also in output' })).toBeInTheDocument()
    expect(within(panel).getByText('Refusal').nextElementSibling).toHaveTextContent(
      '<b>No</b> further ⟨U+202E⟩ details.',
    )
    expect(within(panel).getByText('lookup')).toBeInTheDocument()
    expect(within(panel).getByText(/^Sent inline, \d+ B; not shown here/)).toBeInTheDocument()
    // An image by address is a link to it, never loaded.
    expect(within(panel).getByRole('link', { name: /tracker\.example/ })).toHaveAttribute(
      'href',
      'https://tracker.example/p.gif',
    )
    expect(within(panel).getByText('Output item "brand_new"')).toBeInTheDocument()
    expect(within(panel).getByText(/"payload": \{/)).toHaveTextContent('"x": 1')
    expect(container.querySelector('img, b')).toBeNull()
  })

  it('shows hidden characters in an item type of its own as visible tokens', () => {
    render(<OutputPanel text="Done." output={[{ type: 'new\u202Eepyt', x: 1 }]} live={false} />)
    const panel = screen.getByRole('region', { name: 'Output' })
    expect(panel).toHaveTextContent('Output item "new⟨U+202E⟩epyt"')
    expect(within(panel).getByTitle('Hidden character U+202E')).toBeVisible()
    expect(panel.textContent).not.toContain('\u202E')
  })

  it('adds nothing when output only repeats the answer', () => {
    const output = [{ type: 'message', content: [{ type: 'output_text', text: 'Done.' }] }]
    render(<OutputPanel text="Done." output={output} live={false} />)
    expect(screen.queryByText('Also in')).toBeNull()
  })
})
