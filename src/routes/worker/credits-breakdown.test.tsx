import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Turn } from '@/api/task/schema'
import { CreditsBreakdown } from './credits-breakdown'

const turn = (seq: number, credits: number | null, tokens: number | null): Turn => ({
  id: `trn_${seq}`,
  seq,
  role: 'user',
  status: 'completed',
  input: '',
  outputText: '',
  startedAt: null,
  completedAt: null,
  durationMs: null,
  credits,
  inputTokens: tokens,
  outputTokens: tokens === null ? null : 0,
  files: [],
  structuredOutput: null,
})

const call = (name: string, state = 'output-available') => ({ type: `tool-${name}`, state })

const messages = [
  { role: 'user', content: 'go' },
  {
    role: 'assistant',
    parts: [
      call('web_search'),
      call('web_search', 'output-error'),
      call('read_page'),
      call('web_search'),
    ],
  },
]

describe('CreditsBreakdown', () => {
  it("shows each turn's credits and tokens with its share, and calls and failures per tool", async () => {
    const user = userEvent.setup()
    render(
      <CreditsBreakdown
        messages={messages}
        turns={[turn(0, 1500, 3000), turn(1, 500, 1000), turn(2, null, null)]}
      />,
    )
    const summary = screen.getByText('Where the credits went')
    expect(summary.closest('summary')).toHaveTextContent('3 turns · 4 tool calls, 1 failed')
    await user.click(summary)
    const rows = within(screen.getByRole('table', { name: 'Per turn' })).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      'TurnCreditsTokens',
      '11,500 credits75%3,00075%',
      '2500 credits25%1,00025%',
      '3——',
    ])
    const tools = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(tools).toEqual(['web_search ×3 calls1 failed', 'read_page ×1 call'])
  })

  it('shows only the tools outside a task page, and nothing for a run without tools or turns', () => {
    const { rerender } = render(<CreditsBreakdown messages={messages} turns={null} />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText('web_search', { exact: false })).toBeInTheDocument()
    rerender(<CreditsBreakdown messages={[{ role: 'user', content: 'hi' }]} turns={null} />)
    expect(screen.queryByText('Where the credits went')).toBeNull()
  })

  it('lists the twenty most used tools and counts the rest', async () => {
    const many = Array.from({ length: 25 }, (_, i) => call(`tool_${String(i).padStart(2, '0')}`))
    render(<CreditsBreakdown messages={[{ role: 'assistant', parts: many }]} turns={null} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(20)
    expect(screen.getByText('and 5 more tools')).toBeInTheDocument()
  })

  it('shows a hostile tool name inertly', () => {
    render(
      <CreditsBreakdown
        messages={[{ role: 'assistant', parts: [call('<img src=x onerror=alert(1)>\u202Eexe')] }]}
        turns={null}
      />,
    )
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByRole('listitem')).toHaveTextContent(
      '<img src=x onerror=alert(1)>⟨U+202E⟩exe',
    )
  })
})
