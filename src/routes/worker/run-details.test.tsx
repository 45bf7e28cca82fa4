import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RunDetails } from './run-details'

describe('RunDetails', () => {
  it('shows the token counts, cost and cost breakdown of an April-shaped response', async () => {
    render(
      <RunDetails
        worker={{
          usage: { inputTokens: 18420, outputTokens: 2000, totalTokens: 20420, costUsd: 0.4213 },
          costs: { modelCostUsd: 0.31, toolCostUsd: 0.1113 },
          metadata: { budget: 'standard' },
        }}
      />,
    )
    await userEvent.click(screen.getByText('Run details'))
    expect(screen.getByText('Input tokens').nextElementSibling).toHaveTextContent('18,420')
    expect(screen.getByText('Output tokens').nextElementSibling).toHaveTextContent('2,000')
    expect(screen.getByText('Cost').nextElementSibling).toHaveTextContent('$0.4213')
    expect(screen.getByText('Model cost').nextElementSibling).toHaveTextContent('$0.31')
    expect(screen.getByText('Metadata')).toBeInTheDocument()
    expect(screen.getByText(/"budget": "standard"/)).toBeInTheDocument()
  })

  it('shows hidden characters in a cost name as visible tokens', async () => {
    render(<RunDetails worker={{ costs: { 'evil\u202EdsU': 1 } }} />)
    await userEvent.click(screen.getByText('Run details'))
    expect(screen.getByText('Evil⟨U+202E⟩ds u')).toBeInTheDocument()
    expect(document.body.textContent).not.toContain('\u202E')
  })

  it("names the response's own ID, and flags it when it is not the requested one", async () => {
    const { rerender } = render(
      <RunDetails worker={{ responseId: 'wrk_a', metadata: {} }} requestedId="wrk_a" />,
    )
    await userEvent.click(screen.getByText('Run details'))
    expect(screen.getByText('Response ID').nextElementSibling).toHaveTextContent(/^wrk_a$/)
    expect(screen.queryByText(/names another ID/)).toBeNull()

    rerender(<RunDetails worker={{ responseId: 'resp_\u202E9' }} requestedId="wrk_a" />)
    expect(screen.getByText('Run details')).toHaveTextContent('the response names another ID')
    const value = screen.getByText('Response ID').nextElementSibling
    expect(value).toHaveTextContent('resp_⟨U+202E⟩9')
    expect(value).toHaveTextContent('Not the requested ID, wrk_a')

    rerender(<RunDetails worker={{ responseId: null }} requestedId="wrk_a" />)
    expect(screen.getByText('none in the response')).toBeInTheDocument()
  })

  it('shows the fields it does not know as JSON, and their strings as text', async () => {
    render(
      <RunDetails
        worker={{
          responseId: 'wrk_a',
          extraFields: { service_tier: 'priority', note: '<img src=x onerror=alert(1)>' },
        }}
        requestedId="wrk_a"
      />,
    )
    await userEvent.click(screen.getByText('Run details'))
    expect(screen.getByText('Other fields, not known to this inspector')).toBeInTheDocument()
    const json = screen.getByText(/"service_tier": "priority"/)
    expect(json).toHaveTextContent('"note": "<img src=x onerror=alert(1)>"')
    expect(document.querySelector('img')).toBeNull()
  })

  it('shows nothing when there is nothing beyond credits and duration', () => {
    const { container } = render(
      <RunDetails worker={{ usage: { credits: 5, durationMs: 10 }, metadata: {} }} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
