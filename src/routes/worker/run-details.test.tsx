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

  it('shows nothing when there is nothing beyond credits and duration', () => {
    const { container } = render(
      <RunDetails worker={{ usage: { credits: 5, durationMs: 10 }, metadata: {} }} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
