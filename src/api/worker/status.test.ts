// @vitest-environment node
import { isRunStatusKey, taskStatus, workerStatus } from '@/api/worker/status'

const facts = (
  rawStatus: string | null,
  more: Partial<Parameters<typeof workerStatus>[0]> = {},
) => ({
  rawStatus,
  running: false,
  ...more,
})

describe('workerStatus', () => {
  it('trusts the running flag over a stale status', () => {
    expect(workerStatus(facts('completed', { running: true })).key).toBe('running')
    expect(workerStatus(facts('running')).key).toBe('running')
  })

  it.each([
    ['pending', false, 'pending'],
    ['running', false, 'running'],
    ['completed', false, 'completed'],
    ['completed', true, 'running'],
    [null, false, 'completed'],
    [null, true, 'running'],
    ['paused', false, 'unknown'],
    ['paused', true, 'running'],
  ] as const)('%s with running=%s is %s', (raw, running, shown) => {
    expect(workerStatus(facts(raw, { running })).key).toBe(shown)
  })

  it('shows a worker with an error as Failed, even when it says completed', () => {
    const status = workerStatus(
      facts('completed', { error: { code: 'budget_exceeded' }, incompleteDetails: 'max' }),
    )
    expect(status).toMatchObject({ key: 'failed', label: 'Failed', symbol: '✕', active: false })
  })

  it('shows incomplete_details alone as Incomplete', () => {
    expect(workerStatus(facts('completed', { incompleteDetails: 'cut off' }))).toMatchObject({
      key: 'incomplete',
      word: 'Incomplete',
      symbol: '◐',
    })
  })

  it('shows a plain completed worker as Completed / Done, not live', () => {
    expect(workerStatus(facts('completed', { error: null }))).toMatchObject({
      key: 'completed',
      label: 'Completed',
      word: 'Done',
      symbol: '✓',
      active: false,
    })
  })

  it('names an unknown status instead of guessing', () => {
    expect(workerStatus(facts('archived')).label).toBe('Unknown (archived)')
    expect(workerStatus(facts('')).label).toBe('Unknown (empty)')
    expect(workerStatus(facts('x'.repeat(100))).label.length).toBeLessThan(60)
  })

  // The badge once said "Unknown (paused)" with no live indicator and no Pause, while polling
  // went on every 2 s: the one rule now says both, so they cannot disagree again.
  it('watches a status it does not know, as live', () => {
    expect(workerStatus(facts('paused'))).toMatchObject({
      label: 'Unknown (paused)',
      active: true,
    })
  })

  it('lets the task status win where it is known', () => {
    const worker = facts('completed')
    expect(workerStatus(worker, 'error').key).toBe('failed')
    expect(workerStatus(worker, 'aborted').label).toBe('Aborted')
    expect(workerStatus(worker, 'running').key).toBe('running')
    expect(workerStatus(facts('running', { running: true }), 'completed').key).toBe('completed')
    // An unknown task status leaves the worker's own.
    expect(workerStatus(worker, 'whatever').key).toBe('completed')
  })

  it('keeps a worker error visible behind a completed task', () => {
    expect(workerStatus(facts('completed', { error: 'boom' }), 'completed').key).toBe('failed')
  })
})

describe('taskStatus', () => {
  it.each([
    ['pending', 'pending', true],
    ['running', 'running', true],
    ['completed', 'completed', false],
    ['error', 'failed', false],
    ['aborted', 'aborted', false],
    ['paused', 'unknown', true],
  ] as const)('%s is %s (live: %s)', (raw, key, active) => {
    expect(taskStatus(raw)).toMatchObject({ key, active })
  })
})

describe('isRunStatusKey', () => {
  it('checks keys read back from storage', () => {
    expect(isRunStatusKey('failed')).toBe(true)
    expect(isRunStatusKey('toString')).toBe(false)
    expect(isRunStatusKey(3)).toBe(false)
  })
})
