import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { rememberRecent } from '@/components/open-run/recent-workers'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'
import { workerId } from '@/test/ids'

const server = setupDemoServer()

// jsdom has no <dialog> methods; these do what the browser's do for the open attribute.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal() {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close() {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
})

beforeEach(() => localStorage.clear())

describe('keyboard shortcuts', () => {
  it('"/" focuses the paste box on the home page, but not while typing', async () => {
    const user = userEvent.setup()
    renderApp('/')
    const box = screen.getByLabelText('Worker ID or Handinger dashboard URL')
    await user.keyboard('/')
    expect(box).toHaveFocus()
    await user.keyboard('/r')
    expect(box).toHaveValue('/r')
  })

  it('"?" opens the legend of every shortcut, Escape or Close closes it', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await user.keyboard('?')
    const legend = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    for (const text of [
      'Refresh the worker now',
      'Pause or resume live updates',
      'Copy a link to this view',
      'Go to the next problem of the run',
      'Go to the previous problem of the run',
    ]) {
      expect(legend).toHaveTextContent(text)
    }
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('ignores keys with modifiers', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await user.keyboard('{Alt>}?{/Alt}')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('"r" refreshes and "c" copies the link on a worker page', async () => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/api/workers/')) requests.push(request.url)
    })
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research')
    await screen.findByRole('button', { name: 'Copy link' })
    const before = requests.length
    await user.keyboard('r')
    await waitFor(() => expect(requests.length).toBe(before + 1))
    await user.keyboard('c')
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toBe(
        'http://localhost:3000/workers/wrk_demo-research',
      ),
    )
  })
})

describe('command palette', () => {
  it('opens with Ctrl-K, lists recent runs with their status, and opens a pasted task ID', async () => {
    rememberRecent({ workerId: workerId('wrk_demo-failed'), taskId: null }, Date.now() - 5000)
    const user = userEvent.setup()
    const { router } = renderApp('/')
    await user.keyboard('{Control>}k{/Control}')
    const palette = await screen.findByRole('dialog', { name: 'Open a run' })
    expect(palette).toHaveTextContent('wrk_demo-failed')
    const input = screen.getByLabelText('Worker ID, task ID or URL')
    expect(input).toHaveFocus()
    await user.type(input, 'tsk_demo-pricing{Enter}')
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/workers/wrk_demo-research/tasks/tsk_demo-pricing',
      ),
    )
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('opens with "/" on a worker page, listing the recent runs', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research')
    await screen.findByRole('button', { name: 'Copy link' })
    await user.keyboard('/')
    const palette = await screen.findByRole('dialog', { name: 'Open a run' })
    expect(within(palette).getByRole('navigation', { name: 'Recent runs' })).toHaveTextContent(
      'wrk_demo-research',
    )
  })

  it('explains what it cannot open', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research')
    await user.click(await screen.findByRole('button', { name: 'Open a run…' }))
    await user.type(screen.getByLabelText('Worker ID, task ID or URL'), 'no way{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('is not a worker ID')
  })
})
