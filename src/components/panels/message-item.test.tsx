import { render, screen } from '@testing-library/react'
import { MessageItem } from './message-item'

function renderItem(message: unknown) {
  return render(
    <ol>
      <MessageItem message={message} />
    </ol>,
  )
}

describe('MessageItem', () => {
  it.each([
    ['user', 'User'],
    ['assistant', 'Assistant'],
    ['system', 'System'],
    ['tool', 'Tool'],
    ['researcher-bot', 'researcher-bot'],
    ['   ', '(empty role)'],
  ])('labels role %j as %j', (role, label) => {
    renderItem({ role, content: 'x' })
    expect(screen.getByText(label)).toBeVisible()
  })

  it('renders array content: text items as text, the rest as JSON', () => {
    renderItem({
      role: 'user',
      content: [
        { type: 'text', text: 'hello there' },
        { type: 'image', image: 'https://x/y.png' },
        null,
      ],
    })
    expect(screen.getByText('hello there')).toBeVisible()
    expect(screen.getByText(/"type": "image"/)).toBeInTheDocument()
    expect(screen.getByText('null')).toBeInTheDocument()
  })

  it('shows core-message tool calls and results as tool boxes', () => {
    renderItem({
      role: 'assistant',
      content: [
        {
          type: 'tool-call',
          toolCallId: 'c1',
          toolName: 'read_page',
          args: { url: 'https://a.example' },
        },
        { type: 'tool-result', toolCallId: 'c1', toolName: 'read_page', result: { words: 120 } },
      ],
    })
    expect(screen.getAllByText('read_page')).toHaveLength(2)
    expect(screen.getByText('call')).toBeInTheDocument()
    expect(screen.getByText('result')).toBeInTheDocument()
    expect(screen.getByText('"https://a.example"')).toBeInTheDocument()
    expect(screen.getByText('120')).toBeInTheDocument()
  })

  it('says when a message has no parts', () => {
    renderItem({ role: 'assistant', parts: [] })
    expect(screen.getByText('No content.')).toBeVisible()
  })

  it('shows a message with neither parts nor content as JSON', () => {
    renderItem({ role: 'assistant', content: null, extra: 'kept' })
    expect(screen.getByText(/"extra": "kept"/)).toBeInTheDocument()
  })

  it('shows hostile roles as text', () => {
    const { container } = renderItem({ role: '<img src=x onerror=alert(1)>', content: 'x' })
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible()
    expect(container.querySelector('img')).toBeNull()
  })
})
