import { waitFor } from '@testing-library/react'
import { workerQueries } from '@/api/worker/queries'
import { setupDemoServer } from '@/test/demo-server'
import { createTestQueryClient } from '@/test/render'
import { workerLoader } from './worker-loader'

const server = setupDemoServer()

function runLoader(params: Record<string, string>, client = createTestQueryClient()) {
  const loader = workerLoader(client)
  const result = loader({ params })
  return { client, result }
}

describe('workerLoader', () => {
  it('starts the worker request without waiting for it', async () => {
    const { client, result } = runLoader({ workerId: 'wrk_demo-research' })
    expect(result).toBeNull()
    const key = workerQueries.detail('wrk_demo-research', null).queryKey
    await waitFor(() => expect(client.getQueryData(key)).toBeDefined())
  })

  it('asks for nothing with an ID that cannot name a worker', async () => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => requests.push(request.url))
    const { client } = runLoader({ workerId: 'a..b' })
    // The same module the loader would import first; once it is in, a prefetch would show.
    await import('@/api/worker/queries')
    await Promise.resolve()
    expect(client.getQueryCache().getAll()).toEqual([])
    expect(requests).toEqual([])
  })
})
