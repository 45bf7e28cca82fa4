// @vitest-environment node
import { resolveInput } from '@/components/open-run/resolve-input'

describe('resolveInput', () => {
  it.each([
    ['wrk_demo-research', '/workers/wrk_demo-research'],
    ['  tsk_demo-pricing ', '/tasks/tsk_demo-pricing'],
    ['https://inspector.example/tasks/tsk_demo-market', '/tasks/tsk_demo-market'],
    [
      'https://v3.handinger.com/worker/wrk_demo-research/task/tsk_demo-summary',
      '/workers/wrk_demo-research/tasks/tsk_demo-summary',
    ],
  ])('opens %s at %s', (input, href) => {
    expect(resolveInput(input)).toEqual({ ok: true, href })
  })

  it.each(['tsk_../x', 'https://x.example/tasks/..%2f', ''])('refuses %j', (input) => {
    expect(resolveInput(input).ok).toBe(false)
  })
})
