import { render, screen } from '@testing-library/react'
import { RunLiveProvider } from './run-live'
import { ToolPart } from './tool-part'

describe('ToolPart', () => {
  it('shows the error text of a failed call', () => {
    render(
      <ToolPart
        name="web_search"
        part={{ type: 'tool-web_search', state: 'output-error', input: {}, errorText: 'HTTP 429' }}
      />,
    )
    expect(screen.getByText('Error: HTTP 429')).toBeVisible()
    expect(screen.getByText('Failed')).toBeVisible()
  })

  it.each([
    ['output-available', 'Done'],
    ['input-available', 'Running'],
    ['input-streaming', 'Receiving input'],
    ['output-error', 'Failed'],
    ['call', 'Called'],
    ['result', 'Returned'],
    ['some-new-state', 'some-new-state'],
    ['constructor', 'constructor'],
  ])('labels the state %j as %j', (state, label) => {
    render(<ToolPart name="t" part={{ state }} />)
    expect(screen.getByText(label)).toBeVisible()
  })

  it.each([
    // state, while the run is live, once it has ended
    ['input-available', 'Running', 'No result'],
    ['input-streaming', 'Receiving input', 'No result'],
    ['approval-requested', 'Waiting for approval', 'No result'],
    ['output-available', 'Done', 'Done'],
    ['output-error', 'Failed', 'Failed'],
    ['call', 'Called', 'Called'],
    ['some-new-state', 'some-new-state', 'some-new-state'],
  ])('labels %j as %j in a live run and %j in a finished one', (state, live, ended) => {
    const { unmount } = render(
      <RunLiveProvider value={true}>
        <ToolPart name="t" part={{ state }} />
      </RunLiveProvider>,
    )
    expect(screen.getByText(live)).toBeVisible()
    unmount()
    render(
      <RunLiveProvider value={false}>
        <ToolPart name="t" part={{ state }} />
      </RunLiveProvider>,
    )
    expect(screen.getByText(ended)).toBeVisible()
    if (ended !== live) expect(screen.queryByText(live)).toBeNull()
  })

  it('says on hover why a finished run left a call without a result', () => {
    render(
      <RunLiveProvider value={false}>
        <ToolPart name="read_page" part={{ state: 'input-available', input: { url: 'x' } }} />
      </RunLiveProvider>,
    )
    expect(screen.getByText('No result')).toHaveAttribute(
      'title',
      'input-available: the run ended before this call returned',
    )
    expect(screen.queryByText('Running')).toBeNull()
  })

  it('omits input and output that have not arrived yet', () => {
    render(<ToolPart name="search" part={{ type: 'tool-search', state: 'input-streaming' }} />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('labels a tool without a name, and ignores non-string state and error', () => {
    render(<ToolPart name="" part={{ state: 3, errorText: { html: '<b>x</b>' } }} />)
    expect(screen.getByText('(unnamed)')).toBeVisible()
    expect(screen.queryByText(/Error:/)).not.toBeInTheDocument()
    expect(screen.queryByText('3')).not.toBeInTheDocument()
  })

  it('shows primitive input and output', () => {
    render(<ToolPart name="echo" part={{ input: 'ping', output: null }} />)
    expect(screen.getByText('"ping"')).toBeVisible()
    expect(screen.getByText('null')).toBeVisible()
  })
})
