// @vitest-environment node
import { type LiveFacts, liveNote } from './live-note'

const base: LiveFacts = { active: true, paused: false, online: true, note: null }

describe('liveNote', () => {
  it.each<[string, Partial<LiveFacts>, string]>([
    ['a live run whose polls arrive', {}, ' · live, every 2 s'],
    ['a finished run', { active: false }, ''],
    ['a finished run whose last refresh failed', { active: false, note: 'stale' }, ''],
    ['a paused run', { paused: true }, ' · paused: no updates until you resume'],
    [
      'a paused finished run',
      { paused: true, active: false },
      ' · paused: no updates until you resume',
    ],
    ['offline', { online: false }, ' · offline: updates resume when the connection is back'],
    [
      'a query waiting for the network',
      { note: 'offline' },
      ' · offline: updates resume when the connection is back',
    ],
    [
      'failing polls (the upstream-down note)',
      { note: 'stale' },
      ' · not updating: refreshing keeps failing',
    ],
    ['polls stopped by an error', { note: 'stopped' }, ' · updates stopped'],
    ['an unreadable refresh', { note: 'unreadable' }, ' · the last refresh could not be read'],
  ])('%s: %j', (_, facts, said) => {
    expect(liveNote({ ...base, ...facts })).toBe(said)
  })

  it.each(['stale', 'stopped', 'unreadable', 'offline'] as const)(
    'never says live beside a %s note',
    (note) => {
      expect(liveNote({ ...base, note })).not.toMatch(/live/)
    },
  )
})
