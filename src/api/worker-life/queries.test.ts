// @vitest-environment node
import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { forgetSessionData } from '@/api/session-data'
import { workerQueries } from '@/api/worker/queries'
import { workerId } from '@/test/ids'
import { refreshWorkerLife } from './keys'
import { isCreatorOnly, lifeQueries } from './queries'

const WORKER = workerId('wrk_1')

describe('lifeQueries', () => {
  it("keys every read under its worker, so the session purge and the worker's own keys cover them", () => {
    const client = new QueryClient()
    const keys = [
      lifeQueries.executions(WORKER, 2).queryKey,
      lifeQueries.schedules(WORKER).queryKey,
      lifeQueries.webhook(WORKER).queryKey,
    ]
    for (const queryKey of keys) {
      expect(queryKey.slice(0, 2)).toEqual(workerQueries.worker(WORKER))
      client.getQueryCache().build(client, { queryKey }).setState({ data: {}, status: 'success' })
    }
    expect(client.getQueryCache().findAll()).toHaveLength(3)
    forgetSessionData(client)
    expect(client.getQueryCache().findAll()).toEqual([])
  })

  it('takes only a 403 as "creator only"', () => {
    expect(isCreatorOnly(new ApiError('forbidden', 'No', { status: 403 }))).toBe(true)
    expect(isCreatorOnly(new ApiError('unauthorized', 'No', { status: 401 }))).toBe(false)
    expect(isCreatorOnly(new Error('forbidden'))).toBe(false)
  })

  it('refreshes what was read, and leaves a refused read alone', async () => {
    const client = new QueryClient()
    const read = lifeQueries.schedules(WORKER).queryKey
    const refused = lifeQueries.webhook(WORKER).queryKey
    client.setQueryData(read, { schedules: [], timezone: 'UTC', unreadable: 0 })
    const failed = client.getQueryCache().build(client, { queryKey: refused })
    failed.setState({ status: 'error', error: new ApiError('forbidden', 'No', { status: 403 }) })
    await refreshWorkerLife(client, WORKER)
    expect(client.getQueryState(read)?.isInvalidated).toBe(true)
    expect(client.getQueryState(refused)?.isInvalidated).toBe(false)
  })
})
