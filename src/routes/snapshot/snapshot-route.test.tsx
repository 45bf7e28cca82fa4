import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { demoCatalog } from '@/server/demo/catalog'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

const server = setupDemoServer()

const demo = async (path: string): Promise<unknown> =>
  (await fetch(`http://localhost${path}`)).json()

/** A snapshot of a demo run, made on the demo server as the share dialog would. */
async function shareDemo(
  parts: Record<string, boolean>,
  run: { workerId: string; taskId?: string } = { workerId: 'wrk_demo-research' },
): Promise<string> {
  const query = run.taskId ? `?taskId=${run.taskId}` : ''
  const worker = await demo(`/api/workers/${run.workerId}${query}`)
  const task = run.taskId ? await demo(`/api/tasks/${run.taskId}`) : null
  const response = await fetch('http://localhost/_app/snapshots', {
    method: 'POST',
    headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
    body: JSON.stringify({ worker, task, parts, expiresInSeconds: 3600 }),
  })
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: string }
  return id
}

// The page is told sign-in is needed and this browser has none.
function locked() {
  server.use(
    http.get(/\/_app\/config$/, () =>
      HttpResponse.json({
        mode: 'demo',
        demoWorkers: demoCatalog,
        access: { mode: 'team', signedIn: false },
      }),
    ),
  )
}

describe('a snapshot link', () => {
  it('opens without signing in, with its banner, answer and sources', async () => {
    const id = await shareDemo({
      messages: false,
      files: true,
      structuredOutput: true,
      metadata: true,
    })
    locked()
    renderApp(`/s/${id}`)
    const banner = await screen.findByText(/^Snapshot taken at/)
    expect(banner).toHaveTextContent('by someone with access')
    expect(banner).toHaveTextContent('Left out by whoever shared it: messages.')
    expect(screen.queryByRole('heading', { name: 'Access' })).toBeNull()
    const output = await screen.findByRole('region', { name: 'Output' })
    expect(within(output).getAllByRole('heading').length).toBeGreaterThan(0)
    expect(await screen.findByRole('region', { name: 'Sources' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy as Markdown' })).toBeInTheDocument()
  })

  it('shows a task with its turns and, when chosen, its messages', async () => {
    const run = { workerId: 'wrk_demo-followups', taskId: 'tsk_demo-followups' }
    const id = await shareDemo({ messages: true }, run)
    renderApp(`/s/${id}`)
    expect(await screen.findByRole('article', { name: /Bikes on trains/ })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Messages' })).not.toHaveTextContent(
      'This run produced no messages.',
    )
  })

  it('says the snapshot is gone for an unknown or malformed ID', async () => {
    renderApp('/s/AAAAAAAAAAAAAAAAAAAAAA')
    expect(
      await screen.findByRole('heading', { name: 'This snapshot is gone' }),
    ).toBeInTheDocument()
  })

  it('keeps the other pages behind sign-in', async () => {
    locked()
    renderApp('/snapshots')
    expect(await screen.findByRole('heading', { name: 'Access' })).toBeInTheDocument()
  })
})
