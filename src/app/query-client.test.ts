import { QueryObserver } from '@tanstack/react-query'
import { HttpResponse, http } from 'msw'
import { workerQueries } from '@/api/worker/queries'
import { setupDemoServer } from '@/test/demo-server'
import { createQueryClient } from './query-client'

const server = setupDemoServer()
const origin = window.location.origin

describe('createQueryClient', () => {
  it('drops cached worker data when a refresh gets 401', async () => {
    const client = createQueryClient()
    const research = workerQueries.detail('wrk_demo-research', null)
    const legacy = workerQueries.detail('wrk_demo-legacy', null)
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

  it('keeps cached data through other failures', async () => {
    const client = createQueryClient()
    const research = workerQueries.detail('wrk_demo-research', null)
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
