import { onlineManager } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { FAULT_ANSWER } from '@/server/demo/fixtures/faults'
import { setupDemoServer } from '@/test/demo-server'
import { setupFakeClock } from '@/test/fake-clock'
import { dataNote, drillAnswer, finalError, openWorkerPage } from '@/test/worker-page'

/*
 * Refreshes that fail once the worker page has data, for each way the API can fail: what stays
 * on screen, what the line above it says, and whether polling goes on. The whole app with its
 * own retry policy against the simulated API's `wrk_demo-fault-<name>` workers; the clock is
 * fake and stands still unless the test moves it.
 */
const server = setupDemoServer()
const { eventually, advance, advanceUntil } = setupFakeClock()

describe('after data', () => {
  it.each([
    ['400', 'Request rejected', /Invalid request/],
    ['403', 'Access denied', /cannot access this worker/],
    ['404', 'Worker not found', /no worker with the ID wrk_demo-fault-404-after-data/],
  ])('a %s keeps the data, says why and stops polling', async (status, title, detail) => {
    const { requests } = openWorkerPage(server, `wrk_demo-fault-${status}-after-data`)
    await eventually(drillAnswer)
    const note = await advanceUntil(() => dataNote(/Updates stopped/))
    expect(note).toHaveTextContent(title)
    expect(note).toHaveTextContent(detail)
    expect(note).not.toHaveTextContent('undefined')
    drillAnswer()
    expect(requests).toHaveLength(2)
    await advance(60_000)
    expect(requests).toHaveLength(2)
  })

  it('a 401 drops the data and stops polling', async () => {
    const { requests } = openWorkerPage(server, 'wrk_demo-fault-401-after-data')
    await eventually(drillAnswer)
    await advanceUntil(() => finalError('Not authorized', /Invalid API key/))
    expect(screen.queryByText(FAULT_ANSWER)).toBeNull()
    expect(document.querySelector('h1')).not.toHaveTextContent('wrk_demo-fault-401-after-data')
    expect(requests).toHaveLength(2)
    await advance(60_000)
    expect(requests).toHaveLength(2)
  })

  it('an unreadable refresh keeps the data, says so, and a later poll recovers', async () => {
    openWorkerPage(server, 'wrk_demo-fault-malformed-after-data')
    await eventually(drillAnswer)
    const note = await advanceUntil(() => dataNote(/could not be used/))
    expect(note).toHaveTextContent('Unreadable response')
    drillAnswer()
    await advanceUntil(() => expect(screen.queryByText(/could not be used/)).toBeNull())
    drillAnswer()
  })

  it('failing refreshes keep the data with a stale note that counts down', async () => {
    openWorkerPage(server, 'wrk_demo-fault-5xx-after-data')
    await eventually(drillAnswer)
    const note = await advanceUntil(() => dataNote(/it may be stale/), { step: 500 })
    expect(note).toHaveTextContent('Handinger had a problem (503)')
    expect(note).toHaveTextContent(/Trying again in \d+ s\./)
    drillAnswer()
  })

  it('an unchanged poll asks with the ETag, gets a 304 and keeps the data', async () => {
    const { requests, statuses } = openWorkerPage(server, 'wrk_demo-fault-etag')
    await eventually(drillAnswer)
    await advanceUntil(() => expect(statuses).toHaveLength(2))
    expect(requests[1]?.headers.get('if-none-match')).toBe('"fault-drill-v1"')
    expect(statuses).toEqual([200, 304])
    drillAnswer()
    expect(screen.queryByText(/it may be stale|could not be used/)).toBeNull()
  })

  it('a refresh that cannot reach the server keeps the data, and Refresh recovers', async () => {
    openWorkerPage(server, 'wrk_demo-fault-ok')
    await eventually(drillAnswer)
    server.use(http.get('*/api/workers/:workerId', () => HttpResponse.error()))
    const note = await advanceUntil(() => dataNote(/it may be stale/), { step: 500 })
    expect(note).toHaveTextContent('Connection problem')
    drillAnswer()
    server.resetHandlers()
    const refresh = screen.getByRole('button', { name: 'Refresh' })
    expect(refresh).toBeEnabled()
    await act(async () => refresh.click())
    await eventually(() => expect(screen.queryByText(/it may be stale/)).toBeNull())
    drillAnswer()
  })

  it('going offline keeps the data and says so, until the connection is back', async () => {
    openWorkerPage(server, 'wrk_demo-fault-ok')
    await eventually(drillAnswer)
    act(() => onlineManager.setOnline(false))
    try {
      await act(async () => screen.getByRole('button', { name: 'Refresh' }).click())
      const note = await advanceUntil(() => dataNote(/You appear to be offline/))
      expect(note).toHaveTextContent('updates resume when the connection is back')
      drillAnswer()
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    await eventually(() => expect(screen.queryByText(/You appear to be offline/)).toBeNull())
    expect(screen.queryByText(/it may be stale/)).toBeNull()
    drillAnswer()
  })

  it('a healthy running worker keeps polling', async () => {
    const { requests } = openWorkerPage(server, 'wrk_demo-fault-ok')
    await eventually(drillAnswer)
    await advanceUntil(() => expect(requests.length).toBeGreaterThanOrEqual(3))
  })
})
