import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { MemoryRouter } from 'react-router'
import { createQueryClient } from '@/app/query-client'
import { compareHref } from '@/config/paths'
import { setupFakeIntersection } from '@/test/fake-intersection'
import { taskId, workerId } from '@/test/ids'
import { createTestQueryClient } from '@/test/render'
import { CREATOR_ONLY_TEXT } from './creator-only-note'
import { RunsPanel } from './runs-panel'
import { formatDateTime } from '@/lib/format'

const WORKER = workerId('wrk_demo-scheduled')
const TOTAL = 130
const START = Date.parse('2026-12-04T07:00:00Z')

/* Run n (130 the newest … 1 the oldest), one a day; a few without a usable task ID. */
function delivery(n: number) {
  const rawTaskId = n === 129 ? null : n === 128 ? 'not/a task' : `tsk_run-${n}`
  return {
    id: `whe_${n}`,
    createdAt: new Date(START - (TOTAL - n) * 86_400_000).toISOString(),
    durationMs: 300 + n,
    errorMessage: n % 10 === 0 ? `Receiver said <b>no</b> to run ${n}` : null,
    requestStatus: n % 10 === 0 ? 'error' : 'success',
    responseStatus: n % 10 === 0 ? 500 : 200,
    taskId: rawTaskId,
    taskTitle: n % 2 === 0 ? `Price check ${n}` : null,
    url: 'https://hooks.example.com/…',
    workerId: WORKER,
  }
}

function executionsPage(page: number) {
  const newest = TOTAL - (page - 1) * 50
  const logs = []
  for (let n = newest; n > Math.max(0, newest - 50); n -= 1) logs.push(delivery(n))
  return { logs, page, pageCount: Math.ceil(TOTAL / 50), totalCount: TOTAL }
}

/* Task requests wait until the test lets them through, so the ones in flight can be counted. */
const tasks = { started: [] as string[], inFlight: 0, most: 0, waiting: [] as Array<() => void> }

const server = setupServer(
  http.get('*/api/workers/:id/webhook/executions', ({ request }) =>
    HttpResponse.json(executionsPage(Number(new URL(request.url).searchParams.get('page')))),
  ),
  http.get('*/api/tasks/:taskId', async ({ params }) => {
    const id = String(params.taskId)
    tasks.started.push(id)
    tasks.inFlight += 1
    tasks.most = Math.max(tasks.most, tasks.inFlight)
    await new Promise<void>((resolve) => tasks.waiting.push(resolve))
    tasks.inFlight -= 1
    const n = Number(id.replace('tsk_run-', ''))
    return HttpResponse.json({
      task: {
        id,
        title: `Task ${n}`,
        status: n === 126 ? 'error' : 'completed',
        totals: { credits: n, durationMs: 1000, turnCount: 1 },
      },
      turns: [],
    })
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  tasks.started = []
  tasks.inFlight = 0
  tasks.most = 0
  tasks.waiting = []
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const setInView = setupFakeIntersection()

function renderRuns(current: string | null = null, client = createTestQueryClient()) {
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <RunsPanel workerId={WORKER} currentTaskId={current ? taskId(current) : null} />
      </MemoryRouter>
    </QueryClientProvider>,
  )
  return client
}

async function rowsOfPage(page: number) {
  const list = await screen.findByRole('list', { name: `Runs, page ${page}` })
  return within(list).getAllByRole('listitem')
}

function at(rows: HTMLElement[], index: number): HTMLElement {
  const row = rows[index]
  if (!row) throw new Error(`no row ${index}`)
  return row
}

/** Lets every task request through, including those that start meanwhile, until none waits. */
async function releaseAll(expected: number) {
  await waitFor(() => {
    for (const release of tasks.waiting.splice(0)) release()
    expect(tasks.started.length).toBe(expected)
    expect(tasks.inFlight).toBe(0)
  })
}

describe('RunsPanel', () => {
  it('pages through the log fifty runs at a time', async () => {
    const user = userEvent.setup()
    renderRuns()
    const first = await rowsOfPage(1)
    expect(first).toHaveLength(50)
    expect(within(at(first, 0)).getByRole('link', { name: 'Price check 130' })).toHaveAttribute(
      'href',
      '/workers/wrk_demo-scheduled/tasks/tsk_run-130',
    )
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument()
    const previous = screen.getByRole('button', { name: 'Previous' })
    expect(previous).toHaveAttribute('aria-disabled', 'true')

    await user.click(screen.getByRole('button', { name: 'Next' }))
    const second = await rowsOfPage(2)
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument()
    expect(within(at(second, 0)).getByRole('link', { name: 'Price check 80' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Next' }))
    const third = await rowsOfPage(3)
    expect(third).toHaveLength(30)
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true')
    // The focus stays on the button just pressed, even at the end.
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Previous' }))
    expect(await rowsOfPage(2)).toHaveLength(50)
  })

  it('shows each run: its task ID when untitled, the delivery, and its error as plain text', async () => {
    renderRuns()
    const rows = await rowsOfPage(1)
    const untitled = at(rows, 1) // run 129: no task at all
    expect(within(untitled).queryByRole('link')).toBeNull()
    expect(within(untitled).queryByRole('checkbox')).toBeNull()
    expect(untitled).toHaveTextContent('(no task named)')
    const invalid = at(rows, 2) // run 128: a task ID that cannot be one, shown but not linked
    expect(within(invalid).queryByRole('link')).toBeNull()
    expect(invalid).toHaveTextContent('Price check 128')
    expect(within(at(rows, 3)).getByRole('link', { name: 'tsk_run-127' })).toBeInTheDocument()

    const failed = at(rows, 0) // run 130
    expect(failed).toHaveTextContent('Failed')
    expect(failed).toHaveTextContent('HTTP 500 · 430ms')
    expect(within(failed).getByText('Receiver said <b>no</b> to run 130')).toBeInTheDocument()
    expect(failed.querySelector('b')).toBeNull()
    const time = failed.querySelector('time')
    expect(time).toHaveAttribute('dateTime', '2026-12-04T07:00:00.000Z')
    expect(time).toHaveAttribute('title', formatDateTime(new Date(START)))
    expect(at(rows, 3)).toHaveTextContent('Delivered')
  })

  it('reads the task status and credits of rows in view only, at most three at a time', async () => {
    renderRuns()
    const rows = await rowsOfPage(1)
    expect(tasks.started).toEqual([])

    const inView = rows.slice(3, 9) // runs 127 to 122, all with a task
    setInView(inView)
    await waitFor(() => expect(tasks.started).toHaveLength(3))
    expect(tasks.inFlight).toBe(3)
    await releaseAll(6)
    expect(tasks.most).toBe(3)
    expect(tasks.started.toSorted()).toEqual([
      'tsk_run-122',
      'tsk_run-123',
      'tsk_run-124',
      'tsk_run-125',
      'tsk_run-126',
      'tsk_run-127',
    ])
    await waitFor(() => expect(within(at(rows, 3)).getByText('127 credits')).toBeInTheDocument())
    expect(within(at(rows, 3)).getByText('Completed')).toBeInTheDocument()
    expect(within(at(rows, 4)).getByText('Failed')).toBeInTheDocument() // run 126's task failed
    expect(within(at(rows, 12)).queryByText(/credits/)).toBeNull()

    // Read once: back in view, a row is filled from the cache.
    setInView(inView, false)
    setInView(inView)
    expect(within(at(rows, 3)).getByText('127 credits')).toBeInTheDocument()
    expect(tasks.started).toHaveLength(6)
  })

  it('drops the rows that scroll away before their turn', async () => {
    renderRuns()
    const rows = await rowsOfPage(1)
    setInView(rows.slice(3, 9))
    await waitFor(() => expect(tasks.started).toHaveLength(3))
    setInView(rows.slice(6, 9), false)
    await releaseAll(3)
    // Nothing else was asked for, even after the first three were done.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(tasks.started).toHaveLength(3)
  })

  it('marks the run the page shows', async () => {
    renderRuns('tsk_run-127')
    const rows = await rowsOfPage(1)
    expect(within(at(rows, 3)).getByRole('link', { name: 'tsk_run-127' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(at(rows, 3)).toHaveTextContent('Viewing')
    expect(screen.getAllByText('Viewing')).toHaveLength(1)
  })

  it('builds the compare link from two picked runs, older first, also across pages', async () => {
    const user = userEvent.setup()
    renderRuns()
    await rowsOfPage(1)
    expect(screen.getByText('Pick two runs to compare them.')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Compare Price check 130' }))
    expect(screen.getByText('Pick one more run to compare.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await rowsOfPage(2)
    await user.click(screen.getByRole('checkbox', { name: 'Compare tsk_run-79' }))

    expect(screen.getByRole('link', { name: 'Compare the two picked runs' })).toHaveAttribute(
      'href',
      compareHref(
        { workerId: WORKER, taskId: taskId('tsk_run-79') },
        { workerId: WORKER, taskId: taskId('tsk_run-130') },
      ),
    )
    // Two is the most: the others wait until one is unpicked.
    expect(screen.getByRole('checkbox', { name: 'Compare Price check 78' })).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: 'Compare tsk_run-79' }))
    expect(screen.getByRole('checkbox', { name: 'Compare Price check 78' })).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'Clear picks' }))
    expect(screen.getByText('Pick two runs to compare them.')).toBeInTheDocument()
  })

  it('says calmly that only the creator can see the runs, and does not ask again', async () => {
    let asked = 0
    server.use(
      http.get('*/api/workers/:id/webhook/executions', () => {
        asked += 1
        return HttpResponse.json(
          { error: 'Only the worker creator can access its webhook and schedules.' },
          { status: 403 },
        )
      }),
    )
    // The app's own client, with its retry policy.
    renderRuns(null, createQueryClient())
    const note = await screen.findByText(CREATOR_ONLY_TEXT, { exact: false })
    expect(note.closest('[class*="rose"], [class*="red"]')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(asked).toBe(1)
  })

  it('offers another try after a failure that is not about access', async () => {
    const user = userEvent.setup()
    server.use(
      http.get('*/api/workers/:id/webhook/executions', () =>
        HttpResponse.json({ error: 'Bad gateway' }, { status: 502 }),
      ),
    )
    renderRuns()
    expect(await screen.findByText(/The runs could not be loaded: Bad gateway/)).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await rowsOfPage(1)).toHaveLength(50)
  })
})
