import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MessageItem } from './message-item'

function renderItem(message: unknown, number = 1, turn?: number) {
  return render(<MessageItem message={message} number={number} turn={turn} />)
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
    expect(screen.getByText('Called')).toBeInTheDocument()
    expect(screen.getByText('Returned')).toBeInTheDocument()
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

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'renders a message whose role is the Object.prototype member %j',
    (role) => {
      renderItem({ role, content: `said by ${role}` })
      expect(screen.getByText(role)).toBeVisible()
      expect(screen.getByText(`said by ${role}`)).toBeVisible()
    },
  )

  it('shows hidden characters in a role instead of letting them reorder the text', () => {
    renderItem({ role: 'bot\u202Egnp.exe', content: 'x' })
    expect(screen.getByText('⟨U+202E⟩', { exact: false })).toBeVisible()
  })

  it('links to itself by number and copies that link', async () => {
    const user = userEvent.setup()
    renderItem({ role: 'user', content: 'hello' }, 12, 3)
    expect(screen.getByRole('link', { name: 'Message 12' })).toHaveAttribute('href', '#message-12')
    expect(screen.getByRole('heading', { name: 'Turn 3' })).toHaveAttribute('id', 'turn-3')
    await user.click(screen.getByRole('button', { name: 'Copy message link' }))
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/#message-12`)
  })

  it('copies the message as JSON', async () => {
    const user = userEvent.setup()
    const message = { role: 'assistant', parts: [{ type: 'text', text: 'hi' }], meta: 7 }
    renderItem(message)
    await user.click(screen.getByRole('button', { name: 'Copy as JSON' }))
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(message)
  })

  it('shows hostile roles as text', () => {
    const { container } = renderItem({ role: '<img src=x onerror=alert(1)>', content: 'x' })
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible()
    expect(container.querySelector('img')).toBeNull()
  })
})
