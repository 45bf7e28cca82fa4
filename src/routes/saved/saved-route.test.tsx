import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { recordRequests } from '@/test/record-requests'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

const server = setupDemoServer()

async function demoBody(path: string): Promise<string> {
  const response = await fetch(`http://localhost${path}`)
  return response.text()
}

async function chooseFile(text: string, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[data-saved-run-input]')
  if (!input) throw new Error('no file input on the page')
  await userEvent.upload(input, new File([text], name, { type: 'application/json' }))
}

describe('a run saved as a file', () => {
  it('opens from the home page with every panel, and nothing goes to /api', async () => {
    const body = await demoBody('/api/workers/wrk_demo-research')
    const { router } = renderApp('/')
    await screen.findByText('Or inspect a run saved as JSON, offline:')
    const asked = recordRequests(server, '/api/workers/wrk_demo-research')
    await chooseFile(body, 'wrk_demo-research.json')

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/saved\/[0-9a-f-]{36}$/))
    expect(await screen.findByText(/read in this browser only/)).toHaveTextContent(
      'wrk_demo-research.json',
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('wrk_demo-research')
    const output = await screen.findByRole('region', { name: 'Output' })
    expect(within(output).getAllByRole('heading').length).toBeGreaterThan(0)
    expect(await screen.findByRole('region', { name: 'Sources' })).toBeInTheDocument()
    expect(asked.requests).toHaveLength(0)
  })

  it('opens a task with its turns, showing the task and its answer', async () => {
    const body = await demoBody('/api/tasks/tsk_demo-followups')
    renderApp('/')
    await screen.findByText('Or inspect a run saved as JSON, offline:')
    await chooseFile(body, 'task.json')
    expect(await screen.findByRole('article', { name: /Bikes on trains/ })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Messages' })).toBeInTheDocument()
  })

  it('says why a file that is not a run cannot be opened, and stays where it was', async () => {
    const { router } = renderApp('/')
    await screen.findByText('Or inspect a run saved as JSON, offline:')
    await chooseFile('{"name": "a package"}', 'package.json')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“package.json” holds JSON, but not a worker response',
    )
    expect(router.state.location.pathname).toBe('/')
  })

  it('explains a saved-run link opened where the file was never opened', async () => {
    renderApp('/saved/00000000-0000-4000-8000-000000000000')
    expect(
      await screen.findByRole('heading', { name: 'This saved run is not open here' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open a saved run…' })).toBeInTheDocument()
  })
})

describe('a saved run in a comparison', () => {
  it('is compared with a run from Handinger, and never fetched', async () => {
    const body = await demoBody('/api/workers/wrk_demo-research?taskId=tsk_demo-market')
    const { router } = renderApp('/')
    await screen.findByText('Or inspect a run saved as JSON, offline:')
    await chooseFile(body, 'market.json')
    await userEvent.click(await screen.findByRole('link', { name: 'Compare with another run' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/compare'))
    const second = await screen.findByLabelText('Run B')
    await userEvent.type(second, 'wrk_demo-research.tsk_demo-pricing')
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }))

    const saved = await screen.findByRole('region', { name: 'Run A' })
    expect(saved).toHaveTextContent('saved file market.json')
    expect(within(saved).getByRole('link', { name: /Open run A/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/saved\//),
    )
    const live = screen.getByRole('region', { name: 'Run B' })
    expect(
      await within(live).findByText('Pricing analysis for a €5k family cargo bike'),
    ).toBeInTheDocument()
    expect(await screen.findByText(/only in A/)).toBeInTheDocument()
  })

  it('says so when the saved side is not open in this tab', async () => {
    renderApp(
      '/compare?a=saved.0d2a6f0e-4b7c-4c1e-9a51-3f2b8e6d7c10&b=wrk_demo-research.tsk_demo-pricing',
    )
    const saved = await screen.findByRole('region', { name: 'Run A' })
    expect(within(saved).getByRole('alert')).toHaveTextContent('opened from a file in another tab')
  })
})
