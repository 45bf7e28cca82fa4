import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MessagePart } from './message-part'

describe('MessagePart', () => {
  it('renders assistant text as Markdown and user text as typed', async () => {
    const { rerender } = render(
      <MessagePart part={{ type: 'text', text: '# Hi' }} role="assistant" />,
    )
    expect(await screen.findByRole('heading', { name: 'Hi' })).toBeInTheDocument()
    rerender(<MessagePart part={{ type: 'text', text: '# Hi' }} role="user" />)
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
    expect(screen.getByText('# Hi')).toBeVisible()
  })

  it('keeps hostile user text inert', () => {
    const text = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const { container } = render(<MessagePart part={{ type: 'text', text }} role="user" />)
    expect(screen.getByText(text)).toBeVisible()
    expect(container.querySelector('img, script')).toBeNull()
  })

  it('collapses reasoning behind a "Reasoning" summary', async () => {
    const user = userEvent.setup()
    render(<MessagePart part={{ type: 'reasoning', text: 'thinking hard' }} role="assistant" />)
    const summary = screen.getByText('Reasoning')
    expect(screen.getByText('thinking hard')).not.toBeVisible()
    await user.click(summary)
    expect(screen.getByText('thinking hard')).toBeVisible()
  })

  it('renders a typed tool part with name, state, input and output', () => {
    const part = {
      type: 'tool-web_search',
      toolCallId: 'call_1',
      state: 'output-available',
      input: { query: 'acme revenue' },
      output: { results: [1, 2] },
    }
    render(<MessagePart part={part} role="assistant" />)
    expect(screen.getByText('web_search')).toBeVisible()
    expect(screen.getByText('Done')).toBeVisible()
    expect(screen.getByText('"acme revenue"')).toBeVisible()
    expect(screen.getByRole('button', { name: /results: Array \(2 items\)/ })).toBeInTheDocument()
  })

  it('renders a dynamic tool part by its toolName', () => {
    const part = { type: 'dynamic-tool', toolName: 'fetch_page', state: 'input-streaming' }
    render(<MessagePart part={part} role="assistant" />)
    expect(screen.getByText('fetch_page')).toBeVisible()
    expect(screen.getByText('Receiving input')).toBeVisible()
  })

  it('links file and source-url parts only when safe', () => {
    const { container } = render(
      <>
        <MessagePart
          part={{
            type: 'file',
            mediaType: 'text/csv',
            filename: 'a.csv',
            url: 'https://x.example/a.csv',
          }}
          role="assistant"
        />
        <MessagePart
          part={{
            type: 'file',
            mediaType: 'image/png',
            filename: null,
            url: 'data:image/png;base64,AAAA',
          }}
          role="user"
        />
        <MessagePart
          part={{
            type: 'source-url',
            sourceId: 's1',
            url: 'https://news.example/x',
            title: 'News',
          }}
          role="assistant"
        />
        <MessagePart
          part={{ type: 'source-url', sourceId: 's2', url: 'javascript:alert(1)', title: 'Evil' }}
          role="assistant"
        />
      </>,
    )
    expect(screen.getByRole('link', { name: 'a.csv' })).toHaveAttribute(
      'href',
      'https://x.example/a.csv',
    )
    expect(screen.getByRole('link', { name: 'News' })).toHaveAttribute('target', '_blank')
    expect(screen.getByText('Evil')).not.toHaveAttribute('href')
    expect(screen.getAllByRole('link')).toHaveLength(2)
    expect(container.querySelector('[href^="javascript"], [href^="data"]')).toBeNull()
  })

  it('draws step-start as a divider', () => {
    render(<MessagePart part={{ type: 'step-start' }} role="assistant" />)
    expect(screen.getByRole('separator')).toBeInTheDocument()
  })

  it.each([
    [null, 'null'],
    [42, '42'],
    ['loose string', '"loose string"'],
  ])('shows the odd part %j as JSON', (part, text) => {
    render(<MessagePart part={part} role="assistant" />)
    expect(screen.getByText(text)).toBeInTheDocument()
  })

  it('shows unknown part types and malformed text parts as JSON', () => {
    const { rerender } = render(
      <MessagePart part={{ type: 'data-weather', data: { temp: 21 } }} role="assistant" />,
    )
    expect(screen.getByText(/"type": "data-weather"/)).toBeInTheDocument()
    rerender(<MessagePart part={{ type: 'text', text: 5 }} role="assistant" />)
    expect(screen.getByText(/"text": 5/)).toBeInTheDocument()
  })
})
