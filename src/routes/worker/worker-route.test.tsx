import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { onlineManager } from '@tanstack/react-query'
import { HttpResponse, http } from 'msw'
import { retryDelay, shouldRetry } from '@/api/retry'
import { setupDemoServer } from '@/test/demo-server'
import { createTestQueryClient, renderApp } from '@/test/render'

const server = setupDemoServer()
const PANELS = ['Messages', 'Output', 'Sources', 'Files', 'Structured output']
const LIFE_PANELS = ['Runs', 'Schedules', 'Webhook']

describe('worker page', () => {
  it('shows the header and every panel with content for a completed worker', async () => {
    renderApp('/workers/wrk_demo-research')
    // The first test loads the lazy worker chunk cold, which takes a while on a busy machine.
    expect(
      await screen.findByRole('heading', { name: /wrk_demo-research/ }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    expect(screen.getByText('Completed')).toBeInTheDocument()
    expect(screen.getByText('Created').nextElementSibling?.querySelector('time')).toHaveAttribute(
      'dateTime',
      expect.stringMatching(/^20\d\d-/),
    )
    expect(screen.getByText(/\d credits/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Open in Handinger/ })).toHaveAttribute(
      'href',
      'https://v3.handinger.com/worker/wrk_demo-research',
    )
    for (const name of PANELS) {
      // The panels are built one per task after the first screen.
      const panel = await screen.findByRole('region', { name })
      expect(within(panel).queryByText(/^No .*(yet|cited|produced|output)\.$/)).toBeNull()
    }
    // The five panels, then the worker's runs, schedules and webhook below them, each a region
    // named exactly after its title (not by its count), and no other region: the landmarks a
    // screen reader jumps between.
    for (const name of LIFE_PANELS) await screen.findByRole('region', { name })
    expect(screen.getAllByRole('region')).toHaveLength(PANELS.length + LIFE_PANELS.length)
  })

  it('shows the latest task of a bare worker link, and on a task page the way back to it', async () => {
    const latest = renderApp('/workers/wrk_demo-research')
    const field = (await screen.findByText('Task', { selector: 'dt' })).nextElementSibling
    expect(field).toHaveTextContent(/^latest$/)
    expect(screen.queryByRole('link', { name: 'show latest' })).toBeNull()
    latest.unmount()

    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
    const task = (await screen.findByText('Task', { selector: 'dt' })).nextElementSibling
    expect(task).toHaveTextContent('tsk_demo-pricing')
    expect(within(task as HTMLElement).getByRole('link', { name: 'show latest' })).toHaveAttribute(
      'href',
      '/workers/wrk_demo-research',
    )
  })

  it('copies a link to this view for a teammate', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/workers/wrk_demo-research/tasks/tsk_demo-pricing',
    )
  })

  it('selects a task from the deep link', async () => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/api/')) requests.push(request.url)
    })
    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
    expect(await screen.findByRole('region', { name: 'Output' })).toBeInTheDocument()
    expect(screen.getByText('tsk_demo-pricing')).toBeInTheDocument()
    expect(requests).toContain(
      'http://localhost:3000/api/workers/wrk_demo-research?taskId=tsk_demo-pricing',
    )
  })

  it.each([
    ['/workers/wrk_nobody', 'Worker not found'],
    ['/workers/wrk_demo-research/tasks/tsk_nope', 'Task not found'],
    ['/workers/wrk_demo-unauthorized', 'Not authorized'],
    ['/workers/wrk_demo-forbidden', 'Access denied'],
    ['/workers/wrk_demo-broken', 'Unreadable response'],
    ['/workers/a..b', 'Not a valid ID'],
  ])('%s explains the failure and links back home', async (path, title) => {
    renderApp(path)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: title })).toBeInTheDocument()
    expect(within(alert).getByRole('link', { name: 'Open another worker' })).toHaveAttribute(
      'href',
      '/',
    )
  })

  it('keeps the last good data on screen when a refresh fails', async () => {
    renderApp('/workers/wrk_demo-research')
    expect(await screen.findByRole('region', { name: 'Output' })).toBeInTheDocument()
    server.use(
      http.get('*/api/workers/:id', () => HttpResponse.json({ error: 'Boom' }, { status: 500 })),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }))
    expect(await screen.findByText(/it may be stale/)).toHaveTextContent('Server error')
    expect(screen.getByRole('region', { name: 'Output' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /wrk_demo-research/ })).toBeInTheDocument()
  })

  it('marks a refresh under way in the "Updated" line, and a second press waits for it', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research')
    expect(await screen.findByRole('region', { name: 'Output' })).toBeInTheDocument()
    // Decoration drawn by CSS (not text), shown while the attribute says so.
    const mark = screen.getByText('Updated').parentElement?.querySelector('[data-refreshing]')
    expect(mark).toHaveAttribute('data-refreshing', 'false')
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let requests = 0
    server.use(
      http.get('*/api/workers/:id', async () => {
        requests += 1
        await held
        return HttpResponse.json({ error: 'Boom' }, { status: 500 })
      }),
    )
    const refresh = screen.getByRole('button', { name: 'Refresh' })
    await user.click(refresh)
    await waitFor(() => expect(mark).toHaveAttribute('data-refreshing', 'true'))
    await user.click(refresh)
    expect(requests).toBe(1)
    release()
    await waitFor(() => expect(mark).toHaveAttribute('data-refreshing', 'false'))
    expect(requests).toBe(1)
  })

  it('waits out a 429 and recovers by itself', async () => {
    server.use(
      http.get(
        '*/api/workers/:id',
        () =>
          HttpResponse.json(
            { error: 'Slow down' },
            { status: 429, headers: { 'Retry-After': '1' } },
          ),
        { once: true },
      ),
    )
    const client = createTestQueryClient({
      defaultOptions: { queries: { retry: shouldRetry, retryDelay } },
    })
    renderApp('/workers/wrk_demo-research', client)
    expect(await screen.findByText(/Trying again in 1 s, as the server asked/)).toBeInTheDocument()
    expect(
      await screen.findByRole('region', { name: 'Output' }, { timeout: 3000 }),
    ).toBeInTheDocument()
  })

  it('says so when the browser is offline, and loads once it is back', async () => {
    onlineManager.setOnline(false)
    try {
      renderApp('/workers/wrk_demo-research')
      expect(await screen.findByText(/You appear to be offline/)).toBeInTheDocument()
      expect(screen.queryByRole('region', { name: 'Output' })).toBeNull()
    } finally {
      onlineManager.setOnline(true)
    }
    expect(await screen.findByRole('region', { name: 'Output' })).toBeInTheDocument()
  })

  it('stays calm when one failed refresh is fixed by its retry', async () => {
    const client = createTestQueryClient({
      defaultOptions: { queries: { retry: shouldRetry, retryDelay } },
    })
    renderApp('/workers/wrk_demo-research', client)
    expect(await screen.findByRole('region', { name: 'Output' })).toBeInTheDocument()
    let failures = 0
    server.use(
      http.get(
        '*/api/workers/:id',
        () => {
          failures += 1
          return HttpResponse.json({ error: 'Blip' }, { status: 503 })
        },
        { once: true },
      ),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => expect(failures).toBe(1))
    const key = ['workers', 'wrk_demo-research', 'task', null]
    // Waiting for the retry: the failure is known, but no note yet.
    expect(client.getQueryState(key)?.fetchFailureCount).toBe(1)
    expect(screen.queryByText(/it may be stale/)).toBeNull()
    await waitFor(() => expect(client.getQueryState(key)?.fetchStatus).toBe('idle'), {
      timeout: 3000,
    })
    expect(client.getQueryState(key)?.status).toBe('success')
    expect(screen.queryByText(/it may be stale/)).toBeNull()
  })
})
