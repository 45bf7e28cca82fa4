import { waitFor } from '@testing-library/react'
import { taskQueries } from '@/api/task/queries'
import { workerQueries } from '@/api/worker/queries'
import { setupDemoServer } from '@/test/demo-server'
import { taskId, workerId } from '@/test/ids'
import { createTestQueryClient } from '@/test/render'
import { taskResolveLoader, workerLoader } from './worker-loader'

const server = setupDemoServer()

function runLoader(params: Record<string, string>, client = createTestQueryClient()) {
  const loader = workerLoader(client)
  return { client, run: () => loader({ params }) }
}

describe('workerLoader', () => {
  it('returns the checked IDs and starts the worker and task requests without waiting for them', async () => {
    const { client, run } = runLoader({ workerId: 'wrk_demo-research', taskId: 'tsk_demo-pricing' })
    expect(run()).toEqual({
      workerId: workerId('wrk_demo-research'),
      taskId: taskId('tsk_demo-pricing'),
    })
    const key = workerQueries.detail(workerId('wrk_demo-research'), taskId('tsk_demo-pricing'))
    await waitFor(() => expect(client.getQueryData(key.queryKey)).toBeDefined())
    const task = taskQueries.detail(taskId('tsk_demo-pricing'))
    await waitFor(() => expect(client.getQueryData(task.queryKey)).toBeDefined())
  })

  it('asks a worker page for no task', async () => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => requests.push(new URL(request.url).pathname))
    const { client, run } = runLoader({ workerId: 'wrk_demo-research' })
    run()
    const key = workerQueries.detail(workerId('wrk_demo-research'), null)
    await waitFor(() => expect(client.getQueryData(key.queryKey)).toBeDefined())
    expect(requests).toEqual(['/api/workers/wrk_demo-research'])
  })

  it.each([
    [{ workerId: 'a..b' }],
    [{ workerId: '../admin' }],
    [{ workerId: 'wrk_1', taskId: '%2e%2e' }],
    [{ workerId: 'wrk_1', taskId: '' }],
    [{ workerId: 'w'.repeat(129) }],
  ])('refuses %j as an invalid ID and asks for nothing', async (params) => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => requests.push(request.url))
    const { client, run } = runLoader(params)
    expect(run).toThrow(expect.objectContaining({ kind: 'invalid-id' }))
    // The same module the loader would import first; once it is in, a prefetch would show.
    await import('@/api/worker/queries')
    await Promise.resolve()
    expect(client.getQueryCache().getAll()).toEqual([])
    expect(requests).toEqual([])
  })
})

describe('taskResolveLoader', () => {
  it('returns the checked task ID, or refuses the address', () => {
    expect(taskResolveLoader({ params: { taskId: 'tsk_1' } })).toEqual({ taskId: taskId('tsk_1') })
    expect(() => taskResolveLoader({ params: { taskId: 'a/b' } })).toThrow(
      expect.objectContaining({ kind: 'invalid-id' }),
    )
  })
})
