import { QueryObserver } from '@tanstack/react-query'
import { HttpResponse, http } from 'msw'
import { workerQueries } from '@/api/worker/queries'
import { setupDemoServer } from '@/test/demo-server'
import { createQueryClient } from './query-client'
import { taskId, workerId } from '@/test/ids'
import { taskQueries } from '@/api/task/queries'

const server = setupDemoServer()
const origin = window.location.origin

describe('createQueryClient', () => {
  it('drops cached worker data when a refresh gets 401', async () => {
    const client = createQueryClient()
    const research = workerQueries.detail(workerId('wrk_demo-research'), null)
    const legacy = workerQueries.detail(workerId('wrk_demo-legacy'), null)
    await client.fetchQuery(legacy)
    await client.fetchQuery(research)
    // The page watching research keeps its query active; legacy is only in the cache.
    const unsubscribe = new QueryObserver(client, research).subscribe(() => undefined)
    expect(client.getQueryData(research.queryKey)).toBeDefined()

    server.use(
      http.get(`${origin}/api/workers/:workerId`, () =>
        HttpResponse.json({ error: 'Invalid API key' }, { status: 401 }),
      ),
    )
    await expect(client.fetchQuery({ ...research, staleTime: 0 })).rejects.toMatchObject({
      kind: 'unauthorized',
    })
    expect(client.getQueryData(research.queryKey)).toBeUndefined()
    expect(client.getQueryState(research.queryKey)?.status).toBe('error')
    // Another worker fetched with the same key goes too.
    expect(client.getQueryData(legacy.queryKey)).toBeUndefined()
    unsubscribe()
    client.clear()
  })

  // Once only the family of the failing query was purged: a revoked key seen on a worker page
  // left task pages cached, and a finished task (never stale) was shown again without a request.
  it('drops every family on a 401: tasks go when a worker query is refused, and back', async () => {
    const client = createQueryClient()
    const task = taskQueries.detail(taskId('tsk_demo-pricing'))
    const worker = workerQueries.detail(workerId('wrk_demo-research'), null)
    await client.fetchQuery(task)
    await client.fetchQuery(worker)
    server.use(
      http.get(`${origin}/api/workers/:workerId`, () =>
        HttpResponse.json({ error: 'Invalid API key' }, { status: 401 }),
      ),
    )
    await expect(client.fetchQuery({ ...worker, staleTime: 0 })).rejects.toMatchObject({
      kind: 'unauthorized',
    })
    expect(client.getQueryData(task.queryKey)).toBeUndefined()

    server.resetHandlers()
    await client.fetchQuery(worker)
    server.use(
      http.get(`${origin}/api/tasks/:taskId`, () =>
        HttpResponse.json({ error: 'Invalid API key' }, { status: 401 }),
      ),
    )
    await expect(client.fetchQuery({ ...task, staleTime: 0 })).rejects.toMatchObject({
      kind: 'unauthorized',
    })
    expect(client.getQueryData(worker.queryKey)).toBeUndefined()
    client.clear()
  })

  it('keeps cached data through other failures', async () => {
    const client = createQueryClient()
    const research = workerQueries.detail(workerId('wrk_demo-research'), null)
    await client.fetchQuery(research)
    server.use(
      http.get(`${origin}/api/workers/:workerId`, () =>
        HttpResponse.json({ error: 'No access' }, { status: 403 }),
      ),
    )
    await expect(client.fetchQuery({ ...research, staleTime: 0 })).rejects.toMatchObject({
      kind: 'forbidden',
    })
    expect(client.getQueryData(research.queryKey)).toBeDefined()
    client.clear()
  })
})
