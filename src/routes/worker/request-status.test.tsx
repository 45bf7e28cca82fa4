import { QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { ApiError } from '@/api/api-error'
import { type AccessInfo, appConfigQuery } from '@/api/app-config'
import { Countdown, DataNoteLine, RequestFailed, Retrying } from './request-status'
import { workerId } from '@/test/ids'
import { createTestQueryClient } from '@/test/render'

const ids = { workerId: workerId('wrk_abc'), taskId: null }

/** Rendered as the app would, after /_app/config said how access works. */
function inRouter(ui: React.ReactNode, access: AccessInfo = { mode: 'none', signedIn: true }) {
  const client = createTestQueryClient()
  client.setQueryData(appConfigQuery.queryKey, { mode: 'live', demoWorkers: [], access })
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>{ui}</MemoryRouter>
    </QueryClientProvider>,
  )
}

describe('Countdown', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }))
  afterEach(() => vi.useRealTimers())

  it('counts down each second to "now"', () => {
    render(<Countdown until={Date.now() + 3000} />)
    expect(screen.getByText('Trying again in 3 s')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('Trying again in 2 s')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('Trying again in 1 s')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('Trying again now')).toBeInTheDocument()
  })

  it('shows minutes for long waits', () => {
    render(<Countdown until={Date.now() + 300_000} />)
    expect(screen.getByText('Trying again in 5 min')).toBeInTheDocument()
  })
})

describe('Retrying', () => {
  it('says the wait was asked for by the server', () => {
    const reason = new ApiError('rate-limited', 'Slow down', { status: 429, retryAfterMs: 3000 })
    inRouter(
      <Retrying
        reason={reason}
        failures={1}
        retryAt={Date.now() + 3000}
        offline={false}
        {...ids}
      />,
    )
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Rate limited')
    expect(status).toHaveTextContent(/Trying again in [23] s, as the server asked\./)
  })

  // Once "attempt 4" showed after three requests: the count is of tries really sent.
  it('counts the tries that were really sent', () => {
    const reason = new ApiError('server', 'Down', { status: 503 })
    inRouter(<Retrying reason={reason} failures={3} retryAt={null} offline={false} {...ids} />)
    expect(screen.getByRole('status')).toHaveTextContent('(3 tries so far)')
    expect(screen.getByRole('status')).not.toHaveTextContent(/attempt/)
  })
})

describe('RequestFailed', () => {
  it('offers Resume after giving up, and calls it', async () => {
    const onResume = vi.fn()
    inRouter(<RequestFailed error={new ApiError('server', 'Down')} {...ids} onResume={onResume} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Stopped trying after 30 minutes')
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }))
    expect(onResume).toHaveBeenCalledOnce()
  })

  it('tells a body cut off three times as final, with its size', () => {
    const error = new ApiError(
      'truncated',
      'The response stopped after 1.2 MB, before its JSON was complete.',
    )
    inRouter(<RequestFailed error={error} {...ids} onResume={() => undefined} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Incomplete response')
    expect(alert).toHaveTextContent('stopped after 1.2 MB')
    expect(alert).toHaveTextContent('Stopped after 3 tries.')
  })

  const refused = new ApiError('unauthorized', 'Invalid API key', { status: 401 })

  it('asks a person whose own key was refused to sign out, and offers the button', () => {
    inRouter(<RequestFailed error={refused} {...ids} />, { mode: 'byok', signedIn: true })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Handinger rejected your key. Sign out and enter a new key.')
    expect(alert).not.toHaveTextContent('HANDINGER_API_KEY')
    expect(within(alert).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(within(alert).queryByRole('link', { name: 'Open another worker' })).toBeNull()
  })

  it.each([
    ['team', { mode: 'team', signedIn: true }],
    ['none', { mode: 'none', signedIn: true }],
  ] as const)('keeps the server-key message in %s mode', (_mode, access) => {
    inRouter(<RequestFailed error={refused} {...ids} />, access)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Check HANDINGER_API_KEY where the inspector runs.')
    expect(within(alert).queryByRole('button', { name: 'Sign out' })).toBeNull()
    expect(within(alert).getByRole('link', { name: 'Open another worker' })).toBeInTheDocument()
  })

  it('has no Resume for a final error', () => {
    inRouter(<RequestFailed error={new ApiError('forbidden', 'No')} {...ids} />)
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull()
  })
})

describe('DataNoteLine', () => {
  const updatedAt = Date.now()

  it('names the worker when a refresh finds it gone', () => {
    const error = new ApiError('not-found', 'Worker not found', { status: 404 })
    inRouter(
      <DataNoteLine
        note={{ kind: 'stopped', error, resumable: false }}
        updatedAt={updatedAt}
        onResume={() => undefined}
        {...ids}
      />,
    )
    const note = screen.getByRole('status')
    expect(note).toHaveTextContent('Updates stopped')
    expect(note).toHaveTextContent('no worker with the ID wrk_abc')
    expect(note).not.toHaveTextContent('undefined')
    expect(note).toHaveTextContent('Use Refresh to try again.')
  })

  it('offers Resume when updates stopped after failing too long', async () => {
    const onResume = vi.fn()
    inRouter(
      <DataNoteLine
        note={{ kind: 'stopped', error: new ApiError('server', 'Down'), resumable: true }}
        updatedAt={updatedAt}
        onResume={onResume}
        {...ids}
      />,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }))
    expect(onResume).toHaveBeenCalledOnce()
  })

  it('says an unreadable refresh is being checked again', () => {
    inRouter(
      <DataNoteLine
        note={{ kind: 'unreadable', error: new ApiError('invalid-json', 'not valid JSON') }}
        updatedAt={updatedAt}
        onResume={() => undefined}
        {...ids}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      /could not be used\. Unreadable response: not valid JSON Still checking for updates\./,
    )
  })

  it('shows nothing without a note', () => {
    const { container } = inRouter(
      <DataNoteLine note={null} updatedAt={updatedAt} onResume={() => undefined} {...ids} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
