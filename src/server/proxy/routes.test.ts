// @vitest-environment node
import { forwardedRoute } from './routes'

const route = (path: string) => forwardedRoute(new URL(`http://inspector.test${path}`))

describe('forwardedRoute', () => {
  it.each([
    ['/api/workers/wrk_1', '/api/workers/wrk_1'],
    ['/api/workers/wrk_1?taskId=tsk_1', '/api/workers/wrk_1?taskId=tsk_1'],
    ['/api/workers/wrk_1?taskId=tsk_1&stream=true&page=2', '/api/workers/wrk_1?taskId=tsk_1'],
    ['/api/tasks/tsk_1', '/api/tasks/tsk_1'],
    ['/api/tasks/tsk_1?workerId=wrk_1', '/api/tasks/tsk_1'],
    ['/api/tasks/tsk_1/turns', '/api/tasks/tsk_1/turns'],
    ['/api/tasks/tsk_1/turns?page=3', '/api/tasks/tsk_1/turns'],
    ['/api/workers/wrk_1/webhook', '/api/workers/wrk_1/webhook'],
    ['/api/workers/wrk_1/webhook?token=1&page=2', '/api/workers/wrk_1/webhook'],
    ['/api/workers/wrk_1/schedules', '/api/workers/wrk_1/schedules'],
    ['/api/workers/wrk_1/schedules?page=2', '/api/workers/wrk_1/schedules'],
    ['/api/workers/wrk_1/webhook/executions', '/api/workers/wrk_1/webhook/executions'],
    [
      '/api/workers/wrk_1/webhook/executions?page=1',
      '/api/workers/wrk_1/webhook/executions?page=1',
    ],
    [
      '/api/workers/wrk_1/webhook/executions?page=10000&limit=500&taskId=tsk_1',
      '/api/workers/wrk_1/webhook/executions?page=10000',
    ],
  ])('rebuilds %s as %s', (path, forwarded) => {
    expect(route(path)).toEqual({ ok: true, path: forwarded })
  })

  it.each([
    ['/api/workers/wrk%2F1', 400],
    ['/api/workers/wrk_1?taskId=a%20b', 400],
    ['/api/workers/wrk_1?taskId=', 400],
    ['/api/tasks/tsk%2F..%2Fx', 400],
    ['/api/tasks/-tsk/turns', 400],
    ['/api/workers/%2e%2e', 404],
    ['/api/workers', 404],
    ['/api/workers/wrk%2F1/webhook', 400],
    ['/api/workers/-wrk/schedules', 400],
    ['/api/workers/wrk_1/webhook/executions?page=0', 400],
    ['/api/workers/wrk_1/webhook/executions?page=10001', 400],
    ['/api/workers/wrk_1/webhook/executions?page=-1', 400],
    ['/api/workers/wrk_1/webhook/executions?page=1.5', 400],
    ['/api/workers/wrk_1/webhook/executions?page=01', 400],
    ['/api/workers/wrk_1/webhook/executions?page=1e3', 400],
    ['/api/workers/wrk_1/webhook/executions?page=%201', 400],
    ['/api/workers/wrk_1/webhook/executions?page=', 400],
    ['/api/workers/wrk_1/webhook/executions?page=2%26taskId%3Dx', 400],
    ['/api/workers/wrk_1/webhook/regenerate-token', 404],
    ['/api/workers/wrk_1/webhook/executions/wex_1', 404],
    ['/api/workers/wrk_1/webhook/', 404],
    ['/api/workers/wrk_1/schedules/sch_1', 404],
    ['/api/workers/wrk_1/email', 404],
    ['/api/workers/wrk_1/files/report.csv', 404],
    ['/api/tasks', 404],
    ['/api/tasks/tsk_1/turns/trn_1', 404],
    ['/api/tasks/tsk_1/', 404],
    ['/api/other', 404],
  ])('refuses %s with %i', (path, status) => {
    expect(route(path)).toMatchObject({ ok: false, status })
  })
})

describe('the page parameter', () => {
  it('says what a page must be', () => {
    expect(route('/api/workers/wrk_1/webhook/executions?page=abc')).toEqual({
      ok: false,
      status: 400,
      message: 'The page must be a whole number from 1 to 10000.',
    })
  })

  it('is forwarded only to the delivery list', () => {
    expect(route('/api/workers/wrk_1/webhook/executions?page=7')).toEqual({
      ok: true,
      path: '/api/workers/wrk_1/webhook/executions?page=7',
    })
    // Elsewhere it is not read at all, so an odd value refuses nothing.
    expect(route('/api/workers/wrk_1/schedules?page=abc')).toEqual({
      ok: true,
      path: '/api/workers/wrk_1/schedules',
    })
  })
})
