// @vitest-environment node
import { parseExecutionsPage } from '@/api/worker-life/execution-schema'
import { healthSentence, webhookHealth } from './webhook-health'

function page(logs: unknown[]) {
  const parsed = parseExecutionsPage({ logs, page: 1, pageCount: 1, totalCount: logs.length }, 1)
  if (!parsed) throw new Error('the fixture page did not parse')
  return parsed
}

const ok = (id: string) => ({
  id,
  requestStatus: 'success',
  responseStatus: 200,
  taskId: `tsk_${id}`,
})

describe('webhookHealth', () => {
  it('counts the failed deliveries of the page, the newest failure first', () => {
    const health = webhookHealth(
      page([
        ok('a'),
        { id: 'b', requestStatus: 'error', responseStatus: 500, errorMessage: 'Internal error' },
        ok('c'),
        { id: 'd', requestStatus: 'error', responseStatus: null, errorMessage: 'Timed out' },
        { id: 'e', requestStatus: 'success', responseStatus: 410 },
        ok('f'),
      ]),
    )
    expect(health.checked).toBe(6)
    expect(health.failures.map((log) => log.id)).toEqual(['b', 'd', 'e'])
    expect(health.failures[0]).toMatchObject({
      responseStatus: 500,
      errorMessage: 'Internal error',
    })
  })

  it('finds no failure in an empty log or a clean one', () => {
    expect(webhookHealth(page([]))).toEqual({ checked: 0, failures: [] })
    expect(webhookHealth(page([ok('a'), ok('b')])).failures).toEqual([])
  })

  it('does not count a delivery whose outcome it cannot read as failed', () => {
    const health = webhookHealth(page([{ id: 'x', requestStatus: 'pending?' }, ok('y')]))
    expect(health).toMatchObject({ checked: 2, failures: [] })
  })
})

describe('healthSentence', () => {
  const health = (checked: number, failed: number) =>
    healthSentence({
      checked,
      failures: webhookHealth(
        page(Array.from({ length: failed }, (_, i) => ({ id: `f${i}`, requestStatus: 'error' }))),
      ).failures,
    })

  it.each([
    [0, 0, 'No deliveries yet.'],
    [1, 0, 'The only delivery so far succeeded.'],
    [1, 1, 'The only delivery so far failed.'],
    [50, 0, 'All of the last 50 deliveries succeeded.'],
    [50, 2, '2 of the last 50 deliveries failed.'],
    [3, 3, 'All of the last 3 deliveries failed.'],
  ])('%s checked, %s failed: "%s"', (checked, failed, sentence) => {
    expect(health(checked, failed)).toBe(sentence)
  })
})
