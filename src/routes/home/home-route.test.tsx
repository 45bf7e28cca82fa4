import { screen, waitFor, within } from '@testing-library/react'
import { noteRecent, rememberRecent } from '@/components/open-run/recent-workers'
import userEvent from '@testing-library/user-event'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'
import { workerId, taskId } from '@/test/ids'

const server = setupDemoServer()

function trackApiRequests() {
  const urls: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.startsWith('/api/')) urls.push(request.url)
  })
  return urls
}

describe('home', () => {
  beforeEach(() => localStorage.clear())

  it('opens a pasted worker ID on Enter, ignoring surrounding whitespace', async () => {
    const { router } = renderApp('/')
    await userEvent.type(
      screen.getByLabelText('Worker ID or Handinger dashboard URL'),
      '  wrk_demo-research {Enter}',
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/workers/wrk_demo-research'))
    expect(await screen.findByRole('heading', { name: /wrk_demo-research/ })).toBeInTheDocument()
  })

  it('opens the task of a pasted dashboard URL', async () => {
    const { router } = renderApp('/')
    await userEvent.type(
      screen.getByLabelText('Worker ID or Handinger dashboard URL'),
      'https://v3.handinger.com/worker/wrk_demo-research/task/tsk_demo-pricing{Enter}',
    )
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/workers/wrk_demo-research/tasks/tsk_demo-pricing',
      ),
    )
  })

  it('explains an invalid ID and sends no request', async () => {
    const requests = trackApiRequests()
    const { router } = renderApp('/')
    const input = screen.getByLabelText('Worker ID or Handinger dashboard URL')
    await userEvent.type(input, '../../etc/passwd{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('is not a worker ID')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(router.state.location.pathname).toBe('/')
    expect(requests).toEqual([])
    // Typing again clears the message.
    await userEvent.type(input, 'x')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(input).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('lists the demo workers as links in demo mode', async () => {
    renderApp('/')
    expect(await screen.findByText('Demo data')).toBeInTheDocument()
    const demo = await screen.findByRole('region', { name: 'Demo workers' })
    await waitFor(() =>
      expect(demo.querySelector('a[href="/workers/wrk_demo-live"]')).not.toBeNull(),
    )
    expect(
      demo.querySelector('a[href="/workers/wrk_demo-research/tasks/tsk_demo-pricing"]'),
    ).not.toBeNull()
  })

  it('remembers opened workers under "Recently opened"', async () => {
    const first = renderApp('/workers/wrk_demo-research')
    expect(await screen.findByRole('region', { name: 'Output' })).toBeInTheDocument()
    first.unmount()
    renderApp('/')
    const recent = screen.getByRole('region', { name: 'Recently opened' })
    expect(recent).toHaveTextContent('wrk_demo-research')
  })
})

describe('recently opened', () => {
  beforeEach(() => localStorage.clear())

  it('shows title, status and when, and removes one or all', async () => {
    const user = userEvent.setup()
    rememberRecent({ workerId: workerId('wrk_a'), taskId: null }, Date.now() - 120_000)
    noteRecent(
      { workerId: workerId('wrk_a'), taskId: null },
      { title: 'Compare heat pumps', status: 'failed' },
    )
    rememberRecent({ workerId: workerId('wrk_b'), taskId: taskId('tsk_b') }, Date.now() - 3000)
    renderApp('/')
    const recent = screen.getByRole('region', { name: 'Recently opened' })
    const first = within(recent).getByRole('link', { name: 'Compare heat pumps' })
    const item = first.closest('li')
    expect(item).toHaveTextContent('Failed')
    expect(item).toHaveTextContent('opened 2 min ago')
    expect(within(recent).getByRole('link', { name: 'wrk_b / tsk_b' })).toBeInTheDocument()

    await user.click(
      within(recent).getByRole('button', { name: 'Remove wrk_b / tsk_b from the list' }),
    )
    expect(within(recent).queryByText('wrk_b / tsk_b')).toBeNull()
    await user.click(within(recent).getByRole('button', { name: 'Clear all' }))
    expect(screen.queryByRole('region', { name: 'Recently opened' })).toBeNull()
    expect(localStorage.getItem('inspector.recent-workers')).toBeNull()
  })
})
