// @vitest-environment node
import { nextIntervalRun, nextMonthStart, nextWeekdayRun, pastWeekdayRuns } from './run-calendar'

const iso = (ms: number) => new Date(ms).toISOString()
const HOUR = 3_600_000

describe('run calendar (Madrid)', () => {
  it('lists the latest weekday mornings that had time to finish, oldest first', () => {
    // Monday 13 July 2026, 07:02 in Madrid: this morning's run has not settled yet.
    const now = Date.parse('2026-07-13T05:02:00Z')
    const runs = pastWeekdayRuns(now, 3, 7, 5 * 60_000).map(iso)
    expect(runs).toEqual([
      '2026-07-08T05:00:00.000Z',
      '2026-07-09T05:00:00.000Z',
      '2026-07-10T05:00:00.000Z',
    ])
    const later = pastWeekdayRuns(now + 10 * 60_000, 1, 7, 5 * 60_000).map(iso)
    expect(later).toEqual(['2026-07-13T05:00:00.000Z'])
  })

  it('crosses the change of clocks at the right hour', () => {
    const now = Date.parse('2026-03-31T12:00:00Z')
    expect(pastWeekdayRuns(now, 2, 7, 0).map(iso)).toEqual([
      '2026-03-30T05:00:00.000Z',
      '2026-03-31T05:00:00.000Z',
    ])
    expect(pastWeekdayRuns(now, 3, 7, 0).map(iso)[0]).toBe('2026-03-27T06:00:00.000Z')
  })

  it('finds the next weekday run, skipping the weekend', () => {
    expect(iso(nextWeekdayRun(Date.parse('2026-07-15T10:30:00Z'), 7))).toBe(
      '2026-07-16T05:00:00.000Z',
    )
    expect(iso(nextWeekdayRun(Date.parse('2026-07-17T06:00:00Z'), 7))).toBe(
      '2026-07-20T05:00:00.000Z',
    )
    expect(iso(nextWeekdayRun(Date.parse('2026-07-16T04:59:00Z'), 7))).toBe(
      '2026-07-16T05:00:00.000Z',
    )
  })

  it('finds the next first of a month and the next interval tick, always ahead', () => {
    expect(iso(nextMonthStart(Date.parse('2026-07-15T10:30:00Z'), 9))).toBe(
      '2026-08-01T07:00:00.000Z',
    )
    expect(iso(nextMonthStart(Date.parse('2026-12-01T08:00:00Z'), 9))).toBe(
      '2027-01-01T08:00:00.000Z',
    )
    expect(iso(nextMonthStart(Date.parse('2026-12-01T07:59:00Z'), 9))).toBe(
      '2026-12-01T08:00:00.000Z',
    )
    const anchor = Date.parse('2026-01-01T04:30:00Z')
    const now = Date.parse('2026-07-15T10:30:00Z')
    expect(iso(nextIntervalRun(now, anchor, 6 * HOUR))).toBe('2026-07-15T16:30:00.000Z')
    expect(iso(nextIntervalRun(now - 1, anchor, 6 * HOUR))).toBe('2026-07-15T10:30:00.000Z')
    expect(nextIntervalRun(anchor - 10 * HOUR, anchor, 6 * HOUR)).toBe(anchor - 6 * HOUR)
  })
})
