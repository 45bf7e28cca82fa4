// @vitest-environment node
import { ApiError, kindForStatus } from './api-error'

describe('kindForStatus', () => {
  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [408, 'server'],
    [409, 'bad-request'],
    [422, 'bad-request'],
    [429, 'rate-limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
  ] as const)('maps %d to %s', (status, kind) => {
    expect(kindForStatus(status)).toBe(kind)
  })
})

describe('ApiError', () => {
  it('carries kind, status and retry delay', () => {
    const error = new ApiError('rate-limited', 'Slow down', { status: 429, retryAfterMs: 5000 })
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({
      name: 'ApiError',
      message: 'Slow down',
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: 5000,
    })
  })

  it('defaults status and retry delay to null', () => {
    const error = new ApiError('network', 'Offline')
    expect(error.status).toBeNull()
    expect(error.retryAfterMs).toBeNull()
  })
})
