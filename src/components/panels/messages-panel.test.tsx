import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { MessagesPanel } from './messages-panel'

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ role: 'user', content: `message number ${i}` }))

function items() {
  const panel = screen.getByRole('region', { name: 'Messages' })
  return within(within(panel).getByRole('list')).getAllByRole('listitem')
}

describe('MessagesPanel', () => {
  it('says when there are no messages', () => {
    render(<MessagesPanel messages={[]} />)
    expect(screen.getByText('No messages yet.')).toBeVisible()
  })

  it('renders a v5 conversation with roles', () => {
    const messages = [
      { id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Find **prices**' }] },
      { id: 'm2', role: 'assistant', parts: [{ type: 'text', text: 'Here are **prices**' }] },
    ]
    render(<MessagesPanel messages={messages} />)
    expect(screen.getByText('User')).toBeVisible()
    expect(screen.getByText('Assistant')).toBeVisible()
    expect(screen.getByText('Find **prices**')).toBeVisible()
    expect(screen.getByText('prices', { selector: 'strong' })).toBeVisible()
  })

  it('survives junk in the list: null, 42, "text", [], and a null part', () => {
    const messages = [
      null,
      42,
      'text',
      [],
      true,
      { nope: 1 },
      { role: 'assistant', parts: [null, 9001, { type: 'text', text: 'still here' }] },
    ]
    render(<MessagesPanel messages={messages} />)
    expect(screen.getAllByText('Unrecognized item')).toHaveLength(6)
    expect(screen.getAllByText('null')).toHaveLength(2)
    expect(screen.getByText('42')).toBeInTheDocument()
    expect(screen.getByText('9001')).toBeInTheDocument()
    expect(screen.getByText('"text"')).toBeInTheDocument()
    expect(screen.getByText('[]')).toBeInTheDocument()
    expect(screen.getByText('still here')).toBeVisible()
    expect(screen.getAllByRole('button', { name: 'Show JSON' })).toHaveLength(7)
  })

  describe('with real heights', () => {
    // jsdom lays nothing out; give every element a height so the list can window itself.
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')
    beforeAll(() => {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
        configurable: true,
        get: () => 100,
      })
    })
    afterAll(() => {
      if (original) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', original)
    })

    it('mounts only the messages near the viewport, each with its anchor', () => {
      render(<MessagesPanel messages={many(500)} />)
      const mounted = items()
      expect(mounted.length).toBeGreaterThan(0)
      expect(mounted.length).toBeLessThan(30)
      expect(mounted[0]).toHaveAttribute('id', 'message-1')
      expect(mounted[0]).toHaveAttribute('data-item', 'messages:0')
      expect(mounted[0]).toHaveAttribute('aria-setsize', '500')
      expect(screen.getByText('message number 0')).toBeInTheDocument()
      expect(screen.queryByText('message number 499')).not.toBeInTheDocument()
      expect(screen.getByText('500')).toBeInTheDocument()
    })
  })

  it('marks where each turn starts', () => {
    const messages = [
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: 'answer' },
      { role: 'user', content: 'second question' },
    ]
    render(<MessagesPanel messages={messages} />)
    expect(screen.getByRole('heading', { name: 'Turn 1' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Turn 2' })).toBeInTheDocument()
    expect(items()[2]).toHaveAttribute('id', 'message-3')
  })

  it('keeps the other messages when one of them cannot be rendered', () => {
    const poison = {
      role: 'user',
      get content(): string {
        throw new Error('odd message')
      },
    }
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      render(<MessagesPanel messages={[{ role: 'user', content: 'fine one' }, poison]} />)
    } finally {
      spy.mockRestore()
    }
    expect(screen.getByText('fine one')).toBeVisible()
    expect(screen.getByText('Message 2: this panel could not be shown')).toBeInTheDocument()
  })

  it('toggles the raw JSON of one message', async () => {
    const user = userEvent.setup()
    render(<MessagesPanel messages={[{ role: 'user', content: 'hi', secret: 'meta-field' }]} />)
    const toggle = screen.getByRole('button', { name: 'Show JSON' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText(/meta-field/)).not.toBeInTheDocument()
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveAccessibleName('Hide JSON')
    expect(screen.getByText(/"secret": "meta-field"/)).toBeVisible()
    await user.click(toggle)
    expect(screen.queryByText(/meta-field/)).not.toBeInTheDocument()
  })

  it('does not re-render unchanged messages when new ones arrive', () => {
    let reads = 0
    const stable = { role: 'user' }
    Object.defineProperty(stable, 'content', {
      enumerable: true,
      get() {
        reads += 1
        return 'stable message'
      },
    })
    const { rerender } = render(<MessagesPanel messages={[stable]} />)
    const before = reads
    expect(before).toBeGreaterThan(0)
    rerender(<MessagesPanel messages={[stable, { role: 'assistant', content: 'new one' }]} />)
    expect(screen.getByText('new one')).toBeInTheDocument()
    expect(reads).toBe(before)
  })

  it('counts messages in the panel header', () => {
    render(<MessagesPanel messages={many(3)} />)
    expect(screen.getByText('3')).toBeInTheDocument()
    expect(items()).toHaveLength(3)
  })
})
