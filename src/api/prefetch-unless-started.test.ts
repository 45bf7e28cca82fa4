// @vitest-environment node
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { prefetchUnlessStarted } from './prefetch-unless-started'

const notFound = () => Promise.reject(new Error('not found'))

describe('prefetchUnlessStarted', () => {
  it('asks once when the view read first, even for a final error', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const queryFn = vi.fn(notFound)
    const since = Date.now()
    await client.prefetchQuery({ queryKey: ['worker'], queryFn })
    await prefetchUnlessStarted(client, { queryKey: ['worker'], queryFn }, since)
    expect(queryFn).toHaveBeenCalledTimes(1)
  })

  it('joins a read under way rather than starting another', async () => {
    const client = new QueryClient()
    let answer: (value: string) => void = () => {}
    const queryFn = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)))
    const first = client.prefetchQuery({ queryKey: ['worker'], queryFn })
    const second = prefetchUnlessStarted(client, { queryKey: ['worker'], queryFn }, Date.now())
    answer('run')
    await Promise.all([first, second])
    expect(queryFn).toHaveBeenCalledTimes(1)
  })

  it('asks again for what was read before the navigation began', async () => {
    const client = new QueryClient()
    const queryFn = vi.fn(() => Promise.resolve('run'))
    await client.prefetchQuery({ queryKey: ['worker'], queryFn })
    await prefetchUnlessStarted(client, { queryKey: ['worker'], queryFn }, Date.now() + 1)
    expect(queryFn).toHaveBeenCalledTimes(2)
  })

  it('asks when nothing was read yet', async () => {
    const client = new QueryClient()
    const queryFn = vi.fn(() => Promise.resolve('run'))
    await prefetchUnlessStarted(client, { queryKey: ['worker'], queryFn }, Date.now())
    expect(queryFn).toHaveBeenCalledTimes(1)
  })
})
