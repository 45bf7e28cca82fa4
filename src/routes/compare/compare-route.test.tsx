import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupDemoServer } from '@/test/demo-server'
import { recordRequests } from '@/test/record-requests'
import { renderApp } from '@/test/render'

const server = setupDemoServer()

const MARKET = 'wrk_demo-research.tsk_demo-market'
const PRICING = 'wrk_demo-research.tsk_demo-pricing'

const section = (name: string) => screen.getByRole('region', { name })

/** The figures row of `name`: its cells for run A, run B and the difference. */
function figureRow(name: string): string[] {
  const header = within(section('Figures')).getByRole('rowheader', { name })
  const row = header.closest('tr')
  if (!row) throw new Error(`no row ${name}`)
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '')
}

/** The text a sighted reader sees: without the words only screen readers get. */
function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true)
  if (!(copy instanceof HTMLElement)) return ''
  for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove()
  return copy.textContent ?? ''
}

function columnOf(label: string): HTMLElement {
  const heading = within(section('Answer')).getByRole('heading', { name: label })
  const column = heading.parentElement
  if (!column) throw new Error(`no column ${label}`)
  return column
}

describe('compare page', () => {
  it('compares two tasks: runs, figures, marked answers, structured output and sources', async () => {
    renderApp(`/compare?a=${MARKET}&b=${PRICING}`)
    const runA = await screen.findByRole('region', { name: 'Run A' }, { timeout: 10_000 })
    expect(await within(runA).findByText('Cargo e-bike market sizing')).toBeInTheDocument()
    const runB = section('Run B')
    expect(
      await within(runB).findByText('Pricing analysis for a €5k family cargo bike'),
    ).toBeInTheDocument()
    expect(within(runA).getByRole('link', { name: /Open run A/ })).toHaveAttribute(
      'href',
      '/workers/wrk_demo-research/tasks/tsk_demo-market',
    )
    expect(within(runB).getByRole('link', { name: /Open run B/ })).toHaveAttribute(
      'href',
      '/workers/wrk_demo-research/tasks/tsk_demo-pricing',
    )
    expect(document.title).toBe(
      'Compare tsk_demo-market and tsk_demo-pricing · Handinger Worker Inspector',
    )

    await waitFor(() => expect(figureRow('Credits')).toEqual(['12,345', '8,420', '−3,925 (−32%)']))
    expect(figureRow('Duration')).toEqual(['1m 23s', '1m 2s', '−22s (−26%)'])

    // Each column marks only its own changes, and says so to screen readers too.
    const answerA = columnOf('Run A')
    const answerB = columnOf('Run B')
    expect(answerA.querySelectorAll('del').length).toBeGreaterThan(0)
    expect(answerA.querySelector('ins')).toBeNull()
    expect(answerB.querySelectorAll('ins').length).toBeGreaterThan(0)
    expect(answerB.querySelector('del')).toBeNull()
    expect(answerB.querySelector('ins')).toHaveTextContent(/^\[added: .+\]$/)
    // Words, or lines if this machine is too slow for the word diff's time budget.
    expect(section('Answer')).toHaveTextContent(
      /[\d,]+ (words|lines) removed from A, [\d,]+ \1 added in B\./,
    )

    const structured = section('Structured output')
    const price = within(structured).getByRole('rowheader', { name: '$.recommendedPriceEur' })
    expect(price.closest('tr')).toHaveTextContent(/Added\s*absent\s*5490/)
    const markets = within(structured).getByRole('rowheader', { name: '$.markets' })
    expect(markets.closest('tr')).toHaveTextContent(/Removed\[\{"country":"DE"/)

    const sources = section('Sources')
    expect(sources).toHaveTextContent('5 sources are cited by both runs.')
    const removed = within(sources).getByRole('link', { name: /Marktdaten Fahrräder/ })
    expect(removed).toHaveAttribute('href', 'https://www.ziv-zweirad.de/marktdaten/')
    expect(removed).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(sources).getByRole('link', { name: 'lease-a-bike.nl' })).toBeInTheDocument()
  })

  it('shows one run while the other is not found, and tries that side again on request', async () => {
    const user = userEvent.setup()
    server.use(
      http.get('*/api/workers/wrk_demo-research', ({ request }) => {
        if (new URL(request.url).searchParams.get('taskId') === 'tsk_demo-market') {
          return HttpResponse.json({ error: 'Not found' }, { status: 404 })
        }
      }),
    )
    const pricing = recordRequests(server, '/api/workers/wrk_demo-research')
    renderApp(`/compare?a=${MARKET}&b=${PRICING}`)

    const runA = await screen.findByRole('region', { name: 'Run A' }, { timeout: 10_000 })
    const alert = await within(runA).findByRole('alert')
    expect(alert).toHaveTextContent('Task not found')
    expect(alert).toHaveTextContent(
      'Handinger has no task tsk_demo-market on worker wrk_demo-research',
    )
    // The other side is whole: its run, its answer and its figures.
    expect(
      await within(section('Run B')).findByText('Pricing analysis for a €5k family cargo bike'),
    ).toBeInTheDocument()
    expect(
      await within(columnOf('Run B')).findByText(/Pricing analysis: where should/),
    ).toBeInTheDocument()
    expect(within(columnOf('Run A')).getByText('Not available: see above.')).toBeInTheDocument()
    expect(figureRow('Credits')).toEqual(['—', '8,420', '—'])
    expect(section('Structured output')).toHaveTextContent('Compared once both runs have loaded.')

    const before = pricing.requests.length
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await within(runA).findByText('Cargo e-bike market sizing')).toBeInTheDocument()
    await waitFor(() => expect(figureRow('Credits')).toEqual(['12,345', '8,420', '−3,925 (−32%)']))
    // Only side A asked again; side B kept what it had.
    const asked = pricing.requests
      .slice(before)
      .map((r) => new URL(r.url).searchParams.get('taskId'))
    expect(asked).toEqual(['tsk_demo-market'])
  })

  it("compares two turns: each turn's answer and figures, and the run's sources", async () => {
    renderApp(
      '/compare?a=wrk_demo-followups.tsk_demo-followups.0&b=wrk_demo-followups.tsk_demo-followups.2',
    )
    const runA = await screen.findByRole('region', { name: 'Run A' }, { timeout: 10_000 })
    expect(await within(runA).findByText('Bikes on trains')).toBeInTheDocument()
    expect(runA).toHaveTextContent('Turn 1')
    expect(section('Run B')).toHaveTextContent('Turn 3')
    expect(within(runA).getByRole('link', { name: /Open run A/ })).toHaveAttribute(
      'href',
      '/workers/wrk_demo-followups/tasks/tsk_demo-followups#task-turn-1',
    )

    await waitFor(() => expect(figureRow('Credits')).toEqual(['500', '1,000', '+500 (+100%)']))
    expect(figureRow('Duration')).toEqual(['10s', '21s', '+10s (+100%)'])
    const answerA = columnOf('Run A, Turn 1')
    const answerB = columnOf('Run B, Turn 3')
    expect(visibleText(answerA)).toMatch(/^ARun A, Turn 1Yes\. A \*\*cargo e-bike\*\* may/)
    expect(answerB).toHaveTextContent('## Summary')
    expect(answerA.querySelector('del')).toHaveTextContent(/^\[removed: Yes\. A \*\*cargo/)
    expect(section('Structured output')).toHaveTextContent('Neither run has a structured output.')
    await waitFor(() =>
      expect(section('Sources')).toHaveTextContent(
        '2 sources are cited by both runs. Sources belong to the whole run',
      ),
    )
  })

  it('refuses a task named under a worker it does not belong to', async () => {
    renderApp(`/compare?a=wrk_demo-followups.tsk_demo-market.0&b=${PRICING}`)
    const runA = await screen.findByRole('region', { name: 'Run A' }, { timeout: 10_000 })
    expect(await within(runA).findByRole('alert')).toHaveTextContent(
      'This task belongs to worker wrk_demo-research, not wrk_demo-followups.',
    )
    expect(within(columnOf('Run A, Turn 1')).queryByText(/Cargo/)).toBeNull()
  })

  it('keeps answer text inert', async () => {
    server.use(
      http.get('*/api/workers/wrk_demo-research', ({ request }) => {
        if (new URL(request.url).searchParams.get('taskId') === 'tsk_demo-market') {
          return HttpResponse.json({
            status: 'completed',
            output_text: 'Hello <img src=x onerror="alert(1)"> <script>alert(2)</script> end',
          })
        }
      }),
    )
    renderApp(`/compare?a=${MARKET}&b=${PRICING}`)
    const answerA = await waitFor(() => {
      const column = columnOf('Run A')
      expect(visibleText(column)).toContain(
        'Hello <img src=x onerror="alert(1)"> <script>alert(2)</script> end',
      )
      return column
    })
    expect(answerA.querySelector('img, script')).toBeNull()
  })
})

describe('compare form', () => {
  it('opens from the command palette', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    await user.keyboard('{Control>}k{/Control}')
    const palette = await screen.findByRole('dialog', { name: 'Open a run' })
    await user.click(within(palette).getByRole('link', { name: 'Compare two runs' }))
    expect(
      await screen.findByRole('heading', { name: 'Compare two runs' }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/compare')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('takes a task page address and a Handinger task URL to the compare link', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/compare')
    expect(
      await screen.findByRole('heading', { name: 'Compare two runs' }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    await user.type(
      screen.getByLabelText('Run A'),
      'http://localhost:3000/workers/wrk_demo-followups/tasks/tsk_demo-followups#task-turn-2',
    )
    await user.type(
      screen.getByLabelText('Run B'),
      'https://v3.handinger.com/worker/wrk_demo-research/task/tsk_demo-pricing',
    )
    await user.click(screen.getByRole('button', { name: 'Compare' }))
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?a=wrk_demo-followups.tsk_demo-followups.1&b=${PRICING}`,
      ),
    )
    expect(router.state.location.pathname).toBe('/compare')
  })

  it('says what is wrong with each field, and with a link that names no run', async () => {
    const user = userEvent.setup()
    renderApp(`/compare?a=wrk_a..b&b=${PRICING}`)
    const fieldA = await screen.findByLabelText('Run A', {}, { timeout: 10_000 })
    expect(fieldA).toHaveValue('wrk_a..b')
    expect(fieldA).toHaveAccessibleDescription(/first run is not a run reference/)
    expect(screen.getByLabelText('Run B')).toHaveValue(PRICING)
    await user.clear(fieldA)
    await user.type(fieldA, 'wrk_demo-research')
    await user.click(screen.getByRole('button', { name: 'Compare' }))
    expect(fieldA).toHaveAccessibleDescription(/names a worker, not one of its runs/)
    expect(fieldA).toHaveAttribute('aria-invalid', 'true')
  })
})
