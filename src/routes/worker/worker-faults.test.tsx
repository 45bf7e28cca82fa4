import { onlineManager } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import { HttpResponse, delay, http } from 'msw'
import { createQueryClient } from '@/app/query-client'
import { FAULT_ANSWER } from '@/server/demo/fixtures/faults'
import { setupDemoServer } from '@/test/demo-server'
import { setupFakeClock } from '@/test/fake-clock'
import { recordRequests } from '@/test/record-requests'
import { renderApp } from '@/test/render'

/*
 * The fault matrix, page by page: the whole app with its own retry policy against the simulated
 * API, whose `wrk_demo-fault-<name>` workers each fail in one way. For each: what the page says,
 * that the last good data stays (or goes, after a 401), and how many requests it makes. Waits of
 * seconds to half an hour are jumped over with a fake clock, which stands still otherwise.
 * A body cut off mid-way and a request that never answers are the client's to tell apart, and
 * are checked there (client.test.ts), where each test makes the body itself.
 */
const server = setupDemoServer()
const { eventually, advance, advanceUntil } = setupFakeClock()

// Whole worker pages under jsdom: the first one also compiles the lazy route.
vi.setConfig({ testTimeout: 30_000 })

/** Opens `/workers/<workerId>[/tasks/<taskId>]` and records the worker's requests. */
function open(workerId: string, taskId?: string) {
  const recorded = recordRequests(server, `/api/workers/${workerId}`)
  renderApp(`/workers/${workerId}${taskId ? `/tasks/${taskId}` : ''}`, createQueryClient())
  return recorded
}

const answer = () => screen.getByText(FAULT_ANSWER)
const noAnswer = () => expect(screen.queryByText(FAULT_ANSWER)).toBeNull()

/** The note shown in place of the page while the first load is retried. */
function retryNote(title: string): HTMLElement {
  const note = screen.getByRole('heading', { name: title }).closest('[role="status"]')
  if (!(note instanceof HTMLElement)) throw new Error(`no retry note "${title}"`)
  return note
}

/** The page of a final error: its heading, its explanation and the way back. */
function finalError(title: string, detail: RegExp): HTMLElement {
  const alert = screen.getByRole('alert')
  expect(within(alert).getByRole('heading', { level: 1, name: title })).toBeInTheDocument()
  expect(alert).toHaveTextContent(detail)
  return alert
}

/** The line above the data that is still on screen. */
function dataNote(text: RegExp): HTMLElement {
  const note = screen.getByText(text).closest('[role="status"]')
  if (!(note instanceof HTMLElement)) throw new Error(`no note ${text}`)
  return note
}

describe('first load: final at once, never retried', () => {
  it.each([
    ['wrk_demo-fault-400', 'Request rejected', /Invalid request \(400\)/],
    ['wrk_demo-fault-401', 'Not authorized', /Invalid API key/],
    ['wrk_demo-fault-403', 'Access denied', /cannot access this worker/],
    ['wrk_demo-fault-malformed', 'Unreadable response', /not valid JSON/],
    ['wrk_does-not-exist', 'Worker not found', /no worker with the ID wrk_does-not-exist/],
  ])('%s: "%s"', async (workerId, title, detail) => {
    const { requests } = open(workerId)
    const alert = await eventually(() => finalError(title, detail))
    expect(within(alert).getByRole('link', { name: 'Open another worker' })).toHaveAttribute(
      'href',
      '/',
    )
    expect(requests).toHaveLength(1)
    await advance(60_000)
    expect(requests).toHaveLength(1)
  })
})

describe('first load: retried with a countdown until it loads', () => {
  it.each([
    ['wrk_demo-fault-html', 'Server error', [502, 200]],
    ['wrk_demo-fault-408', 'Server error', [408, 200]],
    ['wrk_demo-fault-5xx-burst', 'Server error', [500, 502, 503, 504, 200]],
    ['wrk_demo-flaky', 'Server error', [500, 500, 200]],
    ['wrk_demo-fault-429-date', 'Rate limited', [429, 200]],
    ['wrk_demo-fault-429-negative', 'Rate limited', [429, 200]],
    ['wrk_demo-fault-429-missing', 'Rate limited', [429, 200]],
  ])('%s: "%s", then the worker', async (workerId, title, statuses) => {
    const recorded = open(workerId)
    const note = await eventually(() => retryNote(title))
    expect(note).toHaveTextContent(/Trying again in \d+ s/)
    expect(within(note).getByRole('link', { name: 'Open another worker' })).toBeInTheDocument()
    await advanceUntil(() => expect(document.querySelector('h1')).toHaveTextContent(workerId))
    expect(recorded.statuses).toEqual(statuses)
    // The error page's markup and the broken body are never shown.
    expect(document.body).not.toHaveTextContent(/nginx|not valid JSON/)
  })

  it('waits as long as Retry-After asks, counting down', async () => {
    const { statuses } = open('wrk_demo-fault-429-seconds')
    const note = await eventually(() => retryNote('Rate limited'))
    expect(note).toHaveTextContent('Trying again in 2 s, as the server asked.')
    await advance(1000)
    expect(note).toHaveTextContent('Trying again in 1 s, as the server asked.')
    expect(statuses).toEqual([429])
    await advanceUntil(answer)
    expect(statuses).toEqual([429, 200])
  })

  it('clamps an absurd Retry-After to 5 minutes, and asks nothing meanwhile', async () => {
    const { requests, statuses } = open('wrk_demo-fault-429-absurd')
    const note = await eventually(() => retryNote('Rate limited'))
    expect(note).toHaveTextContent('Trying again in 5 min, as the server asked.')
    await advance(4 * 60_000)
    expect(requests).toHaveLength(1)
    await advanceUntil(answer, { step: 10_000, limit: 2 * 60_000 })
    expect(statuses).toEqual([429, 200])
  })
})

describe('first load: slow', () => {
  it('shows "Loading worker…" until the answer comes', async () => {
    server.use(
      http.get('*/api/workers/:workerId', async () => {
        await delay(3000)
        // Nothing returned: the simulated API answers after the wait.
      }),
    )
    open('wrk_demo-fault-ok')
    await eventually(() => screen.getByText('Loading worker…'))
    await advance(2900)
    expect(screen.queryByText(FAULT_ANSWER)).toBeNull()
    await advanceUntil(answer, { step: 100 })
    expect(screen.queryByText('Loading worker…')).toBeNull()
  })
})

describe('a task that may just have been created', () => {
  it('is asked for again after a 404 and loads once it exists', async () => {
    const { statuses } = open('wrk_demo-fault-task-appears', 'tsk_fault-new')
    const note = await eventually(() => retryNote('Task not found'))
    expect(note).toHaveTextContent('Trying again in 3 s.')
    await advanceUntil(answer)
    expect(statuses).toEqual([404, 404, 200])
  })

  it('is not found for good after three tries', async () => {
    const { requests } = open('wrk_demo-fault-task-appears', 'tsk_fault-never')
    await advanceUntil(() => finalError('Task not found', /no task tsk_fault-never/))
    expect(requests).toHaveLength(3)
    await advance(60_000)
    expect(requests).toHaveLength(3)
  })
})

describe('after data', () => {
  it.each([
    ['400', 'Request rejected', /Invalid request/],
    ['403', 'Access denied', /cannot access this worker/],
    ['404', 'Worker not found', /no worker with the ID wrk_demo-fault-404-after-data/],
  ])('a %s keeps the data, says why and stops polling', async (status, title, detail) => {
    const { requests } = open(`wrk_demo-fault-${status}-after-data`)
    await eventually(answer)
    const note = await advanceUntil(() => dataNote(/Updates stopped/))
    expect(note).toHaveTextContent(title)
    expect(note).toHaveTextContent(detail)
    expect(note).not.toHaveTextContent('undefined')
    answer()
    expect(requests).toHaveLength(2)
    await advance(60_000)
    expect(requests).toHaveLength(2)
  })

  it('a 401 drops the data and stops polling', async () => {
    const { requests } = open('wrk_demo-fault-401-after-data')
    await eventually(answer)
    await advanceUntil(() => finalError('Not authorized', /Invalid API key/))
    noAnswer()
    expect(document.querySelector('h1')).not.toHaveTextContent('wrk_demo-fault-401-after-data')
    expect(requests).toHaveLength(2)
    await advance(60_000)
    expect(requests).toHaveLength(2)
  })

  it('an unreadable refresh keeps the data, says so, and a later poll recovers', async () => {
    open('wrk_demo-fault-malformed-after-data')
    await eventually(answer)
    const note = await advanceUntil(() => dataNote(/could not be used/))
    expect(note).toHaveTextContent('Unreadable response')
    answer()
    await advanceUntil(() => expect(screen.queryByText(/could not be used/)).toBeNull())
    answer()
  })

  it('failing refreshes keep the data with a stale note that counts down', async () => {
    open('wrk_demo-fault-5xx-after-data')
    await eventually(answer)
    const note = await advanceUntil(() => dataNote(/it may be stale/), { step: 500 })
    expect(note).toHaveTextContent('Handinger had a problem (503)')
    expect(note).toHaveTextContent(/Trying again in \d+ s\./)
    answer()
  })

  it('an unchanged poll asks with the ETag, gets a 304 and keeps the data', async () => {
    const { requests, statuses } = open('wrk_demo-fault-etag')
    await eventually(answer)
    await advanceUntil(() => expect(statuses).toHaveLength(2))
    expect(requests[1]?.headers.get('if-none-match')).toBe('"fault-drill-v1"')
    expect(statuses).toEqual([200, 304])
    answer()
    expect(screen.queryByText(/it may be stale|could not be used/)).toBeNull()
  })

  it('a refresh that cannot reach the server keeps the data, and Refresh recovers', async () => {
    open('wrk_demo-fault-ok')
    await eventually(answer)
    server.use(http.get('*/api/workers/:workerId', () => HttpResponse.error()))
    const note = await advanceUntil(() => dataNote(/it may be stale/), { step: 500 })
    expect(note).toHaveTextContent('Connection problem')
    answer()
    server.resetHandlers()
    const refresh = screen.getByRole('button', { name: 'Refresh' })
    expect(refresh).toBeEnabled()
    await act(async () => refresh.click())
    await eventually(() => expect(screen.queryByText(/it may be stale/)).toBeNull())
    answer()
  })

  it('going offline keeps the data and says so, until the connection is back', async () => {
    open('wrk_demo-fault-ok')
    await eventually(answer)
    act(() => onlineManager.setOnline(false))
    try {
      await act(async () => screen.getByRole('button', { name: 'Refresh' }).click())
      const note = await advanceUntil(() => dataNote(/You appear to be offline/))
      expect(note).toHaveTextContent('updates resume when the connection is back')
      answer()
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    await eventually(() => expect(screen.queryByText(/You appear to be offline/)).toBeNull())
    expect(screen.queryByText(/it may be stale/)).toBeNull()
    answer()
  })

  it('a healthy running worker keeps polling', async () => {
    const { requests } = open('wrk_demo-fault-ok')
    await eventually(answer)
    await advanceUntil(() => expect(requests.length).toBeGreaterThanOrEqual(3))
  })
})

describe('the wall-clock cap', () => {
  it('stops after 30 minutes of failures, offers Resume, and Resume tries again', async () => {
    const { requests } = open('wrk_demo-fault-5xx-always')
    await eventually(() => retryNote('Server error'))
    const alert = await advanceUntil(() => finalError('Server error', /Service unavailable/), {
      step: 5 * 60_000,
      limit: 40 * 60_000,
    })
    expect(alert).toHaveTextContent('Stopped trying after 30 minutes of failures.')
    const asked = requests.length
    await advance(5 * 60_000)
    expect(requests).toHaveLength(asked)
    await act(async () => within(alert).getByRole('button', { name: 'Resume' }).click())
    await advanceUntil(() => expect(requests.length).toBeGreaterThan(asked))
    await eventually(() => retryNote('Server error'))
  })
})

describe('schema drift', () => {
  it('shows an unknown status as unknown, never as Completed, and still the answer', async () => {
    open('wrk_demo-fault-drift')
    await eventually(answer)
    expect(screen.getByText(/^Unknown \(/)).toBeInTheDocument()
    expect(screen.queryByText('Completed')).toBeNull()
  })
})
