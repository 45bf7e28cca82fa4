// @vitest-environment node
import { ApiError } from '@/api/api-error'
import { keyOwner } from '@/api/app-config'
import { describeError } from './describe-error'

const refused = new ApiError('unauthorized', 'Invalid API key', { status: 401 })
const denied = new ApiError('forbidden', 'Not your organization', { status: 403 })

describe('describeError for a refused key', () => {
  it.each([
    [{ mode: 'none', signedIn: true }, 'server'],
    [{ mode: 'team', signedIn: true }, 'server'],
    [{ mode: 'byok', signedIn: true }, 'visitor'],
    [undefined, 'server'],
  ] as const)('access %j means the key is the %s’s', (access, owner) => {
    expect(keyOwner(access)).toBe(owner)
  })

  it('tells a person with their own key to sign out and enter a new one', () => {
    const text = describeError(refused, { workerId: 'wrk_1', keyOwner: 'visitor' })
    expect(text).toEqual({
      title: 'Key rejected',
      detail: 'Handinger rejected your key. Sign out and enter a new key.',
      action: 'sign-out',
    })
  })

  it.each([
    ['the server key (team or none)', { keyOwner: 'server' as const }],
    ['an unknown owner', {}],
  ])('points %s at HANDINGER_API_KEY, with no sign-out', (_name, context) => {
    const text = describeError(refused, { workerId: 'wrk_1', ...context })
    expect(text.title).toBe('Not authorized')
    expect(text.detail).toBe(
      "Handinger rejected the server's API key (401): Invalid API key. Check HANDINGER_API_KEY where the inspector runs.",
    )
    expect(text.action).toBeUndefined()
  })

  it('says whose key cannot reach a worker of another organization', () => {
    expect(describeError(denied, { keyOwner: 'visitor' }).detail).toMatch(/^Your API key cannot/)
    expect(describeError(denied, { keyOwner: 'server' }).detail).toMatch(/^The configured API key/)
    expect(describeError(denied, { keyOwner: 'visitor' }).action).toBeUndefined()
  })

  it.each([
    new ApiError('server', 'Down', { status: 503 }),
    new ApiError('not-found', 'Worker not found', { status: 404 }),
    new ApiError('network', 'Could not reach the server.'),
  ])('offers no sign-out for %s', (error) => {
    const text = describeError(error, { workerId: 'wrk_1', keyOwner: 'visitor' })
    expect(text.action).toBeUndefined()
    expect(text.detail).not.toContain('HANDINGER_API_KEY')
  })
})
