import { isRunStatusKey, runStatus } from '@/api/worker/status'

describe('runStatus', () => {
  it('trusts the running flag over a stale status', () => {
    expect(runStatus({ status: 'completed', running: true }).key).toBe('running')
    expect(runStatus({ status: 'running', running: false }).key).toBe('running')
  })

  it('shows a worker with an error as Failed, even when it says completed', () => {
    const status = runStatus({
      status: 'completed',
      error: { code: 'budget_exceeded' },
      incompleteDetails: { reason: 'max_credits' },
    })
    expect(status).toMatchObject({ key: 'failed', label: 'Failed', symbol: '✕', active: false })
  })

  it('shows incomplete_details alone as Incomplete', () => {
    expect(runStatus({ status: 'completed', incompleteDetails: 'cut off' })).toMatchObject({
      key: 'incomplete',
      word: 'Incomplete',
      symbol: '◐',
    })
  })

  it('shows a plain completed worker as Completed / Done', () => {
    expect(runStatus({ status: 'completed', error: null })).toMatchObject({
      key: 'completed',
      label: 'Completed',
      word: 'Done',
      symbol: '✓',
    })
  })

  it('names an unknown status instead of guessing', () => {
    expect(runStatus({ status: 'archived' }).label).toBe('Unknown (archived)')
    expect(runStatus({ status: '' }).label).toBe('Unknown (empty)')
    expect(runStatus({ status: 'x'.repeat(100) }).label.length).toBeLessThan(60)
  })

  it('lets the task status win where it is known', () => {
    const worker = { status: 'completed' }
    expect(runStatus(worker, 'error').key).toBe('failed')
    expect(runStatus(worker, 'aborted').label).toBe('Aborted')
    expect(runStatus(worker, 'running').key).toBe('running')
    expect(runStatus({ status: 'running', running: true }, 'completed').key).toBe('completed')
    // An unknown task status leaves the worker's own.
    expect(runStatus(worker, 'whatever').key).toBe('completed')
  })

  it('keeps a worker error visible behind a completed task', () => {
    expect(runStatus({ status: 'completed', error: 'boom' }, 'completed').key).toBe('failed')
  })

  it('checks keys read back from storage', () => {
    expect(isRunStatusKey('failed')).toBe(true)
    expect(isRunStatusKey('toString')).toBe(false)
    expect(isRunStatusKey(3)).toBe(false)
  })
})
