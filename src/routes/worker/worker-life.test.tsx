import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { compareHref } from '@/config/paths'
import { CREATOR_ONLY_TEXT } from '@/components/worker-life/creator-only-note'
import { setupDemoServer } from '@/test/demo-server'
import { taskId, workerId } from '@/test/ids'
import { renderApp } from '@/test/render'

const server = setupDemoServer()
const WORKER = workerId('wrk_demo-research')
const RUN_PANELS = ['Output', 'Messages', 'Sources', 'Files', 'Structured output']
// The run's panels are built one by one first; on a busy machine that takes seconds.
const WAIT = { timeout: 30_000 }
const LIFE = /\/api\/workers\/[^/]+\/(webhook|schedules)/

/* The worker's runs (the research worker's demo tasks), schedules and webhook, as our server passes them. */
function answerLife() {
  const counts = { executions: 0, schedules: 0, webhook: 0 }
  const log = (task: string, day: number, failed = false) => ({
    id: `whe_${task}`,
    createdAt: `2026-12-0${day}T07:00:00.000Z`,
    durationMs: 250,
    errorMessage: failed ? 'Timed out after 10 s' : null,
    requestStatus: failed ? 'error' : 'success',
    responseStatus: failed ? null : 200,
    taskId: task,
    taskTitle: null,
    url: 'https://hooks.example.com/…',
    workerId: WORKER,
  })
  server.use(
    http.get('*/api/workers/:id/webhook/executions', () => {
      counts.executions += 1
      return HttpResponse.json({
        logs: [
          log('tsk_demo-summary', 4),
          log('tsk_demo-pricing', 3, true),
          log('tsk_demo-market', 2),
        ],
        page: 1,
        pageCount: 1,
        totalCount: 3,
      })
    }),
    http.get('*/api/workers/:id/schedules', () => {
      counts.schedules += 1
      return HttpResponse.json({
        workerId: WORKER,
        timezone: 'Europe/Madrid',
        schedules: [
          {
            id: 'sch_1',
            type: 'cron',
            cron: '0 8 * * 1-5',
            budget: 'standard',
            input: 'Check the prices',
            nextRunAt: '2026-12-07T07:00:00.000Z',
          },
        ],
      })
    }),
    http.get('*/api/workers/:id/webhook', () => {
      counts.webhook += 1
      return HttpResponse.json({ url: 'https://hooks.example.com/…', hasToken: true })
    }),
  )
  return counts
}

describe("the worker's runs, schedules and webhook", { timeout: 60_000 }, () => {
  // The section's code already loaded, so only the page's own waiting holds its requests back.
  beforeAll(() => import('@/components/worker-life/worker-life-section'))

  it('come below the run, asked for only once its panels are shown', async () => {
    answerLife()
    // At each of its requests, whether every panel of the run was already built.
    const panelsShownAtAsk: boolean[] = []
    const onRequest = ({ request }: { request: Request }) => {
      if (!LIFE.test(new URL(request.url).pathname)) return
      panelsShownAtAsk.push(RUN_PANELS.every((name) => screen.queryByRole('region', { name })))
    }
    server.events.on('request:start', onRequest)
    renderApp(`/workers/${WORKER}`)
    const runs = await screen.findByRole('region', { name: 'Runs' }, WAIT)
    expect(await within(runs).findByRole('link', { name: 'tsk_demo-summary' })).toHaveAttribute(
      'href',
      '/workers/wrk_demo-research/tasks/tsk_demo-summary',
    )
    const schedules = screen.getByRole('region', { name: 'Schedules' })
    expect(
      await within(schedules).findByText(/At 08:00, Monday through Friday \(Europe\/Madrid\)/),
    ).toBeInTheDocument()
    expect(schedules).toHaveTextContent('Check the prices')
    const webhook = screen.getByRole('region', { name: 'Webhook' })
    expect(
      await within(webhook).findByText(/1 of the last 3 deliveries failed\./),
    ).toBeInTheDocument()
    expect(webhook).toHaveTextContent('https://hooks.example.com/…')
    // All three were asked for by now (their answers are shown), each once every panel was there
    // (the sections may be drawn, empty, before their requests start).
    server.events.removeListener('request:start', onRequest)
    expect(panelsShownAtAsk).toEqual([true, true, true])
    expect(within(webhook).getByRole('link', { name: 'tsk_demo-pricing' })).toHaveAttribute(
      'href',
      '/workers/wrk_demo-research/tasks/tsk_demo-pricing',
    )
    // The panel bar jumps to them.
    const bar = screen.getByRole('navigation', { name: 'Panels' })
    expect(within(bar).getByRole('link', { name: 'Runs' })).toHaveAttribute('href', '#panel-runs')
    expect(document.getElementById('panel-runs')).toContainElement(runs)
  })

  it('on a task page, mark its run and link to compare it with the previous one', async () => {
    answerLife()
    renderApp(`/workers/${WORKER}/tasks/tsk_demo-pricing`)
    const link = await screen.findByRole('link', { name: 'Compare with the previous run' }, WAIT)
    expect(link).toHaveAttribute(
      'href',
      compareHref(
        { workerId: WORKER, taskId: taskId('tsk_demo-market') },
        { workerId: WORKER, taskId: taskId('tsk_demo-pricing') },
      ),
    )
    const runs = screen.getByRole('region', { name: 'Runs' })
    expect(within(runs).getByRole('link', { name: 'tsk_demo-pricing' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it("are asked for again on the page's Refresh", async () => {
    const counts = answerLife()
    renderApp(`/workers/${WORKER}`)
    await screen.findByRole('region', { name: 'Webhook' }, WAIT)
    await waitFor(() => expect(counts).toEqual({ executions: 1, schedules: 1, webhook: 1 }))
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => expect(counts).toEqual({ executions: 2, schedules: 2, webhook: 2 }))
  })

  it('say once, calmly, when only the creator may see them', async () => {
    let asked = 0
    const refused = () => {
      asked += 1
      return HttpResponse.json(
        { error: 'Only the worker creator can access its webhook and schedules.' },
        { status: 403 },
      )
    }
    server.use(
      http.get('*/api/workers/:id/webhook/executions', refused),
      http.get('*/api/workers/:id/schedules', refused),
      http.get('*/api/workers/:id/webhook', refused),
    )
    renderApp(`/workers/${WORKER}`)
    const section = await screen.findByRole('region', { name: 'Runs, schedules and webhook' }, WAIT)
    expect(section).toHaveTextContent(CREATOR_ONLY_TEXT)
    expect(screen.getAllByText(CREATOR_ONLY_TEXT, { exact: false })).toHaveLength(1)
    expect(screen.queryByRole('region', { name: 'Schedules' })).toBeNull()
    // The run itself is shown as usual.
    expect(screen.getByRole('region', { name: 'Output' })).toBeInTheDocument()
    // Asked once each, and not again on Refresh: the answer will not change by asking.
    await waitFor(() => expect(asked).toBe(3))
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }))
    await screen.findByText(/Updated/)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(asked).toBe(3)
  })
})
