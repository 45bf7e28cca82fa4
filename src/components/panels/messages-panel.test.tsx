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
  it.each([
    [true, 'No messages yet.'],
    [false, 'This run produced no messages.'],
  ])('says when there are no messages (live %s: %j)', (live, said) => {
    render(<MessagesPanel live={live} messages={[]} />)
    expect(screen.getByText(said)).toBeVisible()
  })

  it('tells the tool calls inside whether the run is still live', () => {
    const call = { type: 'tool-read_page', state: 'input-available', input: { url: 'x' } }
    const messages = [{ role: 'assistant', parts: [call] }]
    const { rerender } = render(<MessagesPanel live={true} messages={messages} />)
    expect(screen.getByText('Running')).toBeVisible()
    rerender(<MessagesPanel live={false} messages={messages} />)
    expect(screen.getByText('No result')).toBeVisible()
    expect(screen.queryByText('Running')).toBeNull()
  })

  it('renders a v5 conversation with roles', async () => {
    const messages = [
      { id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Find **prices**' }] },
      { id: 'm2', role: 'assistant', parts: [{ type: 'text', text: 'Here are **prices**' }] },
    ]
    render(<MessagesPanel live={false} messages={messages} />)
    expect(screen.getByText('User')).toBeVisible()
    expect(screen.getByText('Assistant')).toBeVisible()
    expect(screen.getByText('Find **prices**')).toBeVisible()
    expect(await screen.findByText('prices', { selector: 'strong' })).toBeVisible()
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
    render(<MessagesPanel live={false} messages={messages} />)
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
    // jsdom lays nothing out and does not scroll: give every element a height, and let a scroll
    // box keep the offset it is asked for and report it with a scroll event, as a browser does.
    const saved = ['offsetHeight', 'clientHeight', 'scrollHeight', 'scrollTop', 'scrollTo'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
    )
    const offsets = new WeakMap<HTMLElement, number>()
    beforeAll(() => {
      const define = (name: string, descriptor: PropertyDescriptor) =>
        Object.defineProperty(HTMLElement.prototype, name, { configurable: true, ...descriptor })
      define('offsetHeight', { get: () => 100 })
      define('clientHeight', { get: () => 600 })
      // A scroll box is as high as the list it holds, whose height is set in its style.
      define('scrollHeight', {
        get(this: HTMLElement) {
          const child = this.firstElementChild
          return child instanceof HTMLElement ? Number.parseFloat(child.style.height) || 0 : 0
        },
      })
      define('scrollTop', {
        get(this: HTMLElement) {
          return offsets.get(this) ?? 0
        },
        set(this: HTMLElement, value: number) {
          offsets.set(this, value)
        },
      })
      define('scrollTo', {
        value(this: HTMLElement, options: ScrollToOptions) {
          offsets.set(this, options.top ?? 0)
          // As in a browser, the scroll event comes later, not inside the call.
          setTimeout(() => this.dispatchEvent(new Event('scroll')))
        },
      })
    })
    afterAll(() => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor)
        else Reflect.deleteProperty(HTMLElement.prototype, name)
      }
    })

    it('opens at the latest message and mounts only those near it, each with its anchor', async () => {
      render(<MessagesPanel live={false} messages={many(500)} />)
      expect(await screen.findByText('message number 499')).toBeInTheDocument()
      const mounted = items()
      expect(mounted.length).toBeLessThan(30)
      const last = mounted.at(-1)
      expect(last).toHaveAttribute('id', 'message-500')
      expect(last).toHaveAttribute('data-item', 'messages:499')
      expect(last).toHaveAttribute('aria-setsize', '500')
      expect(screen.queryByText('message number 0')).not.toBeInTheDocument()
      expect(screen.getByText('500')).toBeInTheDocument()
    })

    it('brings message 1 back with one scroll to the top, and offers the way back down', async () => {
      const user = userEvent.setup()
      render(<MessagesPanel live={false} messages={many(500)} />)
      await screen.findByText('message number 499')
      const list = screen.getByRole('list', { name: '500 messages' })
      const scroller = list.parentElement as HTMLElement
      scroller.scrollTo({ top: 0 })
      expect(await screen.findByText('message number 0')).toBeInTheDocument()
      expect(items()[0]).toHaveAttribute('id', 'message-1')
      await user.click(screen.getByRole('button', { name: 'Latest message ↓' }))
      expect(await screen.findByText('message number 499')).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Latest message ↓' })).not.toBeInTheDocument()
    })
  })

  it('marks where each turn starts', () => {
    const messages = [
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: 'answer' },
      { role: 'user', content: 'second question' },
    ]
    render(<MessagesPanel live={false} messages={messages} />)
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
      render(
        <MessagesPanel live={false} messages={[{ role: 'user', content: 'fine one' }, poison]} />,
      )
    } finally {
      spy.mockRestore()
    }
    expect(screen.getByText('fine one')).toBeVisible()
    expect(screen.getByText('Message 2: this panel could not be shown')).toBeInTheDocument()
  })

  it('toggles the raw JSON of one message', async () => {
    const user = userEvent.setup()
    render(
      <MessagesPanel
        live={false}
        messages={[{ role: 'user', content: 'hi', secret: 'meta-field' }]}
      />,
    )
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
    const { rerender } = render(<MessagesPanel live={false} messages={[stable]} />)
    const before = reads
    expect(before).toBeGreaterThan(0)
    rerender(
      <MessagesPanel live={false} messages={[stable, { role: 'assistant', content: 'new one' }]} />,
    )
    expect(screen.getByText('new one')).toBeInTheDocument()
    expect(reads).toBe(before)
  })

  it('counts messages in the panel header', () => {
    render(<MessagesPanel live={false} messages={many(3)} />)
    expect(screen.getByText('3')).toBeInTheDocument()
    expect(items()).toHaveLength(3)
  })
})
