import { describe, expect, it } from 'vitest'
import { createDemoApi } from '../demo-api'

function setup() {
  const time = 1_700_000_000_000
  const app = createDemoApi({ now: () => time })
  const statuses = async (path: string, times: number, init?: RequestInit) => {
    const seen: number[] = []
    for (let i = 0; i < times; i++) seen.push((await app.request(path, init)).status)
    return seen
  }
  return { app, statuses }
}

describe('fault scenarios', () => {
  it.each([
    ['ok', [200, 200, 200]],
    ['400', [400, 400]],
    ['401', [401, 401]],
    ['403', [403, 403]],
    ['400-after-data', [200, 400, 400]],
    ['401-after-data', [200, 401, 401]],
    ['403-after-data', [200, 403, 403]],
    ['404-after-data', [200, 404, 404]],
    ['408', [408, 200]],
    ['429-seconds', [429, 200]],
    ['429-missing', [429, 200]],
    ['5xx-burst', [500, 502, 503, 504, 200]],
    ['5xx-always', [503, 503, 503]],
    ['5xx-after-data', [200, 503, 503]],
    ['html', [502, 200]],
    ['malformed', [200, 200]],
    ['malformed-after-data', [200, 200, 200, 200]],
    ['drift', [200]],
    ['numbers', [200]],
  ])('wrk_demo-fault-%s answers %j', async (name, expected) => {
    const { statuses } = setup()
    expect(await statuses(`/api/workers/wrk_demo-fault-${name}`, expected.length)).toEqual(expected)
  })

  it.each([
    ['429-seconds', '2'],
    ['429-negative', '-30'],
    ['429-absurd', '99999999999'],
  ])('wrk_demo-fault-%s sends Retry-After: %s', async (name, value) => {
    const { app } = setup()
    const response = await app.request(`/api/workers/wrk_demo-fault-${name}`)
    expect(response.headers.get('retry-after')).toBe(value)
  })

  it('sends Retry-After as an HTTP date a few seconds ahead', async () => {
    const { app } = setup()
    const response = await app.request('/api/workers/wrk_demo-fault-429-date')
    const at = Date.parse(response.headers.get('retry-after') ?? '')
    expect(at - Date.now()).toBeGreaterThan(0)
    expect(at - Date.now()).toBeLessThanOrEqual(4000)
  })

  it('serves a body that breaks off half-way, then a whole one', async () => {
    const { app } = setup()
    const cut = await app.request('/api/workers/wrk_demo-fault-cut-body')
    await expect(cut.text()).rejects.toThrow()
    const whole = await app.request('/api/workers/wrk_demo-fault-cut-body')
    expect(await whole.json()).toMatchObject({ id: 'wrk_demo-fault-cut-body' })
  })

  it('sends malformed JSON that is complete, not cut off', async () => {
    const { app } = setup()
    const text = await (await app.request('/api/workers/wrk_demo-fault-malformed')).text()
    expect(() => JSON.parse(text)).toThrow()
    expect(text.trim().endsWith('}')).toBe(true)
  })

  it('answers an unchanged poll with 304 Not Modified', async () => {
    const { app } = setup()
    const first = await app.request('/api/workers/wrk_demo-fault-etag')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await app.request('/api/workers/wrk_demo-fault-etag', {
      headers: { 'If-None-Match': etag ?? '' },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('lets a new task 404 twice and then finds it; another task never appears', async () => {
    const { statuses } = setup()
    expect(
      await statuses('/api/workers/wrk_demo-fault-task-appears?taskId=tsk_fault-new', 3),
    ).toEqual([404, 404, 200])
    const { statuses: other } = setup()
    expect(
      await other('/api/workers/wrk_demo-fault-task-appears?taskId=tsk_fault-never', 4),
    ).toEqual([404, 404, 404, 404])
  })
})
