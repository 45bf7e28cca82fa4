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
    ['/api/workers/wrk_1/webhook', 404],
    ['/api/workers/wrk_1/schedules', 404],
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
