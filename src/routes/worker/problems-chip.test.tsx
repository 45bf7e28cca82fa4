import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Turn } from '@/api/task/schema'
import { ShortcutsProvider } from '@/components/keyboard/shortcuts'
import { MessagesPanel } from '@/components/panels/messages-panel'
import { WorkerProblem } from '@/components/ui/worker-problem'
import { setupFakeLayout } from '@/test/fake-layout'
import { taskTurnAnchor } from '@/routes/task/turn-link'
import { ProblemPosition } from './problem-position'
import { ProblemsChip } from './problems-chip'

/*
 * The chip on a page laid out as the run page is: the task's turns, the worker's problem boxes,
 * then a conversation of 500 messages that mounts only a window of them (it opens at the end).
 */
/* Assistant messages (odd indexes): near the top, in the middle and near the end. */
const FAILED_AT = [3, 251, 481]

function conversation() {
  return Array.from({ length: 500 }, (_, index) =>
    index % 2 === 0
      ? { role: 'user', content: `question ${index}` }
      : {
          role: 'assistant',
          parts: [
            { type: 'step-start' },
            { type: 'tool-web_search', state: 'output-available', input: { q: index } },
            ...(FAILED_AT.includes(index)
              ? [{ type: 'tool-read_page', state: 'output-error', errorText: `failed at ${index}` }]
              : []),
          ],
        },
  )
}

const turn = (seq: number, status: string): Turn => ({
  id: `trn_${seq}`,
  seq,
  role: 'user',
  status,
  input: '',
  outputText: '',
  startedAt: null,
  completedAt: null,
  durationMs: null,
  credits: null,
  inputTokens: null,
  outputTokens: null,
  files: [],
  structuredOutput: null,
})

function Page({ messages, turns }: { messages: unknown[]; turns: Turn[] | null }) {
  const worker = { messages, error: null, incompleteDetails: { reason: 'max_output_tokens' } }
  return (
    <ShortcutsProvider>
      <header>
        <ProblemsChip worker={worker} turns={turns} />
      </header>
      <ol>
        {(turns ?? []).map((t) => (
          <li key={t.seq} id={taskTurnAnchor(t.seq)}>
            Turn {t.seq + 1}
          </li>
        ))}
      </ol>
      <WorkerProblem error={worker.error} incompleteDetails={worker.incompleteDetails} />
      <MessagesPanel messages={messages} live={false} />
    </ShortcutsProvider>
  )
}

/* The tool box of the failed call in message `index` (0-based), once it is mounted. */
function failedBox(index: number): HTMLElement {
  const item = document.getElementById(`message-${index + 1}`)
  const box = item?.querySelector<HTMLElement>('[data-part="2"]')
  if (!box) throw new Error(`message ${index + 1} is not mounted`)
  return box
}

describe('ProblemsChip', () => {
  // jsdom lays nothing out: every element is 100 px high, a scroll box 600 px, holding a list as
  // high as its style says; scrollTo moves the box and fires 'scroll' a moment later, as a
  // browser does.
  const offsets = new WeakMap<Element, number>()
  setupFakeLayout({ clientHeight: 600, offsetHeight: 100 })
  const restores: Array<() => void> = []
  beforeEach(() => {
    const define = (name: string, descriptor: PropertyDescriptor) => {
      const original = Object.getOwnPropertyDescriptor(Element.prototype, name)
      Object.defineProperty(Element.prototype, name, { configurable: true, ...descriptor })
      restores.push(() =>
        original
          ? Object.defineProperty(Element.prototype, name, original)
          : Reflect.deleteProperty(Element.prototype, name),
      )
    }
    define('scrollHeight', {
      get(this: Element) {
        const child = this.firstElementChild
        return child instanceof HTMLElement ? Number.parseFloat(child.style.height) || 0 : 0
      },
    })
    define('scrollTop', {
      get(this: Element) {
        return offsets.get(this) ?? 0
      },
      set(this: Element, value: number) {
        offsets.set(this, value)
      },
    })
    define('scrollTo', {
      value(this: Element, options: ScrollToOptions) {
        offsets.set(this, options.top ?? 0)
        setTimeout(() => this.dispatchEvent(new Event('scroll')))
      },
    })
  })
  afterEach(() => {
    for (const restore of restores.splice(0).reverse()) restore()
  })
  const scrolled: Element[] = []
  beforeEach(() => {
    scrolled.length = 0
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this)
    }
  })
  afterEach(() => {
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView')
  })

  it('is not there when nothing went wrong', () => {
    const worker = {
      messages: [{ role: 'user', content: 'hi' }],
      error: null,
      incompleteDetails: null,
    }
    render(
      <ShortcutsProvider>
        <ProblemsChip worker={worker} turns={[turn(0, 'completed')]} />
      </ShortcutsProvider>,
    )
    expect(screen.queryByRole('button', { name: /problem/ })).toBeNull()
  })

  it('steps through every problem in page order with e and E, mounting far messages first', async () => {
    const user = userEvent.setup()
    const messages = conversation()
    render(<Page messages={messages} turns={[turn(0, 'completed'), turn(1, 'aborted')]} />)
    const chip = screen.getByRole('button', { name: '5 problems' })
    expect(chip).toHaveAccessibleDescription(
      '3 failed tool calls, 1 aborted turn, incomplete answer',
    )
    const announced = within(screen.getByRole('banner')).getByRole('status')
    expect(announced).toHaveTextContent('')
    // The list opens at its end: the first failed call is far up, not mounted.
    await waitFor(() => expect(document.getElementById('message-500')).not.toBeNull())
    expect(document.getElementById('message-4')).toBeNull()
    expect(document.getElementById('message-252')).toBeNull()

    const landedOn = async (element: () => HTMLElement, position: string, said: string) => {
      await waitFor(() => expect(element()).toHaveFocus())
      expect(element()).toHaveAttribute('data-landed')
      expect(scrolled).toContain(element())
      expect(chip).toHaveTextContent(position)
      expect(announced).toHaveTextContent(`${position}: ${said}`)
    }

    await user.keyboard('e')
    await landedOn(
      () => document.getElementById(taskTurnAnchor(1)) as HTMLElement,
      'Problem 1 of 5',
      'Turn 2 was aborted',
    )
    await user.keyboard('e')
    await landedOn(
      () => screen.getByText('The answer is incomplete').closest('[role="alert"]') as HTMLElement,
      'Problem 2 of 5',
      'The answer is incomplete',
    )
    await user.keyboard('e')
    await landedOn(() => failedBox(3), 'Problem 3 of 5', 'Tool read_page failed, message 4')
    expect(within(failedBox(3)).getByText('Error: failed at 3')).toBeInTheDocument()
    await user.keyboard('e')
    await landedOn(() => failedBox(251), 'Problem 4 of 5', 'Tool read_page failed, message 252')
    await user.keyboard('e')
    await landedOn(() => failedBox(481), 'Problem 5 of 5', 'Tool read_page failed, message 482')
    // Past the last comes the first again; E goes back.
    await user.keyboard('e')
    await landedOn(
      () => document.getElementById(taskTurnAnchor(1)) as HTMLElement,
      'Problem 1 of 5',
      'Turn 2 was aborted',
    )
    await user.keyboard('E')
    await landedOn(() => failedBox(481), 'Problem 5 of 5', 'Tool read_page failed, message 482')
    await user.keyboard('E')
    await landedOn(() => failedBox(251), 'Problem 4 of 5', 'Tool read_page failed, message 252')
    // From the middle of the conversation all the way up: message 4 is mounted again.
    await user.keyboard('E')
    await landedOn(() => failedBox(3), 'Problem 3 of 5', 'Tool read_page failed, message 4')
  })

  it('steps with a click too, and E first goes to the last problem', async () => {
    const user = userEvent.setup()
    render(<Page messages={conversation()} turns={null} />)
    const chip = screen.getByRole('button', { name: '4 problems' })
    await user.keyboard('E')
    await waitFor(() => expect(failedBox(481)).toHaveFocus())
    expect(chip).toHaveTextContent('Problem 4 of 4')
    await user.click(chip)
    await waitFor(() =>
      expect(screen.getByText('The answer is incomplete').closest('[role="alert"]')).toHaveFocus(),
    )
    expect(chip).toHaveTextContent('Problem 1 of 4')
    await user.click(chip)
    await waitFor(() => expect(failedBox(3)).toHaveFocus())
    expect(chip).toHaveTextContent('Problem 2 of 4')
  })

  it('shows its place in the panel bar while stepping, where a click steps on', async () => {
    const user = userEvent.setup()
    const { unmount } = render(
      <>
        <ProblemPosition />
        <Page messages={conversation()} turns={null} />
      </>,
    )
    expect(screen.queryByRole('button', { name: /^Next problem/ })).toBeNull()
    await user.keyboard('e')
    const place = screen.getByRole('button', { name: 'Next problem, now at 1 of 4' })
    await user.click(place)
    await waitFor(() => expect(failedBox(3)).toHaveFocus())
    expect(place).toHaveAccessibleName('Next problem, now at 2 of 4')
    // Gone with the chip (another page).
    unmount()
    render(<ProblemPosition />)
    expect(screen.queryByRole('button', { name: /^Next problem/ })).toBeNull()
  })

  it('keeps its place when a poll adds a problem before it', async () => {
    const user = userEvent.setup()
    const messages = conversation()
    const { rerender } = render(<Page messages={messages} turns={[turn(0, 'completed')]} />)
    await user.click(screen.getByRole('button', { name: '4 problems' }))
    await user.keyboard('e')
    const chip = screen.getByRole('button', { name: 'Problem 2 of 4' })
    rerender(<Page messages={messages} turns={[turn(0, 'error')]} />)
    expect(chip).toHaveTextContent('Problem 3 of 5')
  })
})
