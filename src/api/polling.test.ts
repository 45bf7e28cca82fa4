import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { BACKGROUND_POLL_MS, applyWatch } from '@/api/polling'

const base = {
  queryKey: ['workers', 'wrk_a'],
  queryFn: async () => 'data',
  refetchInterval: () => 2000 as const,
}

describe('applyWatch', () => {
  afterEach(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true })
  })

  it('leaves the options alone when nothing is set', () => {
    expect(applyWatch(base, { paused: false, notifyArmed: false })).toBe(base)
  })

  it('stops every automatic request while paused', () => {
    const paused = applyWatch(base, { paused: true, notifyArmed: false })
    expect(paused.enabled).toBe(false)
    expect(paused.refetchInterval).toBe(false)
  })

  it('keeps polling a background tab, slowly, while armed to notify', () => {
    const armed = applyWatch(base, { paused: false, notifyArmed: true })
    expect(armed.refetchIntervalInBackground).toBe(true)
    const client = new QueryClient()
    const query = new QueryObserver(client, armed).getCurrentQuery()
    const interval = armed.refetchInterval
    if (typeof interval !== 'function') throw new Error('expected a function')
    expect(interval(query)).toBe(2000)
    Object.defineProperty(document, 'hidden', { value: true, configurable: true })
    expect(interval(query)).toBe(BACKGROUND_POLL_MS)
  })

  it('does not poll a finished run just because a notification is armed', () => {
    const armed = applyWatch(
      { ...base, refetchInterval: () => false as const },
      {
        paused: false,
        notifyArmed: true,
      },
    )
    const interval = armed.refetchInterval
    if (typeof interval !== 'function') throw new Error('expected a function')
    const client = new QueryClient()
    expect(interval(new QueryObserver(client, armed).getCurrentQuery())).toBe(false)
  })
})
