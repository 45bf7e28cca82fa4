import { act, screen, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { FAULT_ANSWER } from '@/server/demo/fixtures/faults'
import { setupDemoServer } from '@/test/demo-server'
import { setupFakeClock } from '@/test/fake-clock'
import { drillAnswer, finalError, openWorkerPage, retryNote } from '@/test/worker-page'

/*
 * The first load of a worker page, for each way the API can fail: the whole app with its own
 * retry policy against the simulated API, whose `wrk_demo-fault-<name>` workers each fail in
 * one way. What the page says, whether and when it asks again, and that it gets there. Waits of
 * seconds to half an hour are jumped over with a fake clock, which stands still otherwise.
 * A body cut off mid-way and a request that never answers are the client's to tell apart, and
 * are checked there (client.test.ts), where each test makes the body itself.
 */
const server = setupDemoServer()
const { eventually, advance, advanceUntil } = setupFakeClock()

describe('first load: final at once, never retried', () => {
  it.each([
    ['wrk_demo-fault-400', 'Request rejected', /Invalid request \(400\)/],
    ['wrk_demo-fault-401', 'Not authorized', /Invalid API key/],
    ['wrk_demo-fault-403', 'Access denied', /cannot access this worker/],
    ['wrk_demo-fault-malformed', 'Unreadable response', /not valid JSON/],
    ['wrk_does-not-exist', 'Worker not found', /no worker with the ID wrk_does-not-exist/],
  ])('%s: "%s"', async (workerId, title, detail) => {
    const { requests } = openWorkerPage(server, workerId)
    await eventually(() => finalError(title, detail))
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
    const recorded = openWorkerPage(server, workerId)
    const note = await eventually(() => retryNote(title))
    expect(note).toHaveTextContent(/Trying again in \d+ s/)
    expect(within(note).getByRole('link', { name: 'Open another worker' })).toBeInTheDocument()
    await advanceUntil(() => expect(document.querySelector('h1')).toHaveTextContent(workerId))
    expect(recorded.statuses).toEqual(statuses)
    // The error page's markup and the broken body are never shown.
    expect(document.body).not.toHaveTextContent(/nginx|not valid JSON/)
  })

  it('waits as long as Retry-After asks, counting down', async () => {
    const { statuses } = openWorkerPage(server, 'wrk_demo-fault-429-seconds')
    const note = await eventually(() => retryNote('Rate limited'))
    expect(note).toHaveTextContent('Trying again in 2 s, as the server asked.')
    await advance(1000)
    expect(note).toHaveTextContent('Trying again in 1 s, as the server asked.')
    expect(statuses).toEqual([429])
    await advanceUntil(drillAnswer)
    expect(statuses).toEqual([429, 200])
  })

  it('clamps an absurd Retry-After to 5 minutes, and asks nothing meanwhile', async () => {
    const { requests, statuses } = openWorkerPage(server, 'wrk_demo-fault-429-absurd')
    const note = await eventually(() => retryNote('Rate limited'))
    expect(note).toHaveTextContent('Trying again in 5 min, as the server asked.')
    await advance(4 * 60_000)
    expect(requests).toHaveLength(1)
    await advanceUntil(drillAnswer, { step: 10_000, limit: 2 * 60_000 })
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
    openWorkerPage(server, 'wrk_demo-fault-ok')
    await eventually(() => screen.getByText('Loading worker…'))
    await advance(2900)
    expect(screen.queryByText(FAULT_ANSWER)).toBeNull()
    await advanceUntil(drillAnswer, { step: 100 })
    expect(screen.queryByText('Loading worker…')).toBeNull()
  })
})

describe('a task that may just have been created', () => {
  it('is asked for again after a 404 and loads once it exists', async () => {
    const { statuses } = openWorkerPage(server, 'wrk_demo-fault-task-appears', 'tsk_fault-new')
    const note = await eventually(() => retryNote('Task not found'))
    expect(note).toHaveTextContent('Trying again in 3 s.')
    await advanceUntil(drillAnswer)
    expect(statuses).toEqual([404, 404, 200])
  })

  it('is not found for good after three tries', async () => {
    const { requests } = openWorkerPage(server, 'wrk_demo-fault-task-appears', 'tsk_fault-never')
    await advanceUntil(() => finalError('Task not found', /no task tsk_fault-never/))
    expect(requests).toHaveLength(3)
    await advance(60_000)
    expect(requests).toHaveLength(3)
  })
})

describe('a body that always stops mid-JSON', () => {
  it('is tried three times, then told as final with its size, and Resume tries again', async () => {
    const { requests } = openWorkerPage(server, 'wrk_demo-fault-cut-always')
    const alert = await advanceUntil(() =>
      finalError('Incomplete response', /The response stopped after [\d.]+ [KM]?B/),
    )
    expect(alert).toHaveTextContent('Stopped after 3 tries.')
    expect(requests).toHaveLength(3)
    await advance(60_000)
    expect(requests).toHaveLength(3)
    await act(() => within(alert).getByRole('button', { name: 'Resume' }).click())
    await eventually(() => expect(requests.length).toBeGreaterThan(3))
  })
})

describe('the wall-clock cap', () => {
  it('stops after 30 minutes of failures, offers Resume, and Resume tries again', async () => {
    const { requests } = openWorkerPage(server, 'wrk_demo-fault-5xx-always')
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
    openWorkerPage(server, 'wrk_demo-fault-drift')
    await eventually(drillAnswer)
    expect(screen.getByText(/^Unknown \(/)).toBeInTheDocument()
    expect(screen.queryByText('Completed')).toBeNull()
  })
})
