// @vitest-environment node
import {
  fromMadridWallTime,
  madridDayLabel,
  madridIsoDay,
  madridOffsetMs,
  madridWallTime,
} from './madrid-time'

const HOUR = 3_600_000

describe('Madrid time', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 1],
    ['2026-03-29T00:59:59Z', 1],
    ['2026-03-29T01:00:00Z', 2],
    ['2026-07-14T05:00:00Z', 2],
    ['2026-10-25T00:59:59Z', 2],
    ['2026-10-25T01:00:00Z', 1],
    ['2023-11-14T22:13:20Z', 1],
  ])('%s is UTC+%i', (iso, hours) => {
    expect(madridOffsetMs(Date.parse(iso))).toBe(hours * HOUR)
  })

  it('agrees with the platform time zone data on every day of two years', () => {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Madrid',
      hour: '2-digit',
      hourCycle: 'h23',
    })
    for (let t = Date.parse('2025-01-01T06:00:00Z'); t < Date.parse('2027-01-01'); t += 24 * HOUR) {
      expect(madridWallTime(t).hour, new Date(t).toISOString()).toBe(Number(format.format(t)))
    }
  })

  it('turns Madrid wall time back into the instant', () => {
    expect(new Date(fromMadridWallTime(2026, 6, 14, 7)).toISOString()).toBe(
      '2026-07-14T05:00:00.000Z',
    )
    expect(new Date(fromMadridWallTime(2026, 0, 15, 7)).toISOString()).toBe(
      '2026-01-15T06:00:00.000Z',
    )
    expect(new Date(fromMadridWallTime(2026, 9, 25, 7)).toISOString()).toBe(
      '2026-10-25T06:00:00.000Z',
    )
    expect(new Date(fromMadridWallTime(2026, 2, 29, 7)).toISOString()).toBe(
      '2026-03-29T05:00:00.000Z',
    )
  })

  it('names the day as Madrid sees it', () => {
    // 23:30 UTC on Monday is already Tuesday in Madrid.
    const late = Date.parse('2026-07-13T23:30:00Z')
    expect(madridDayLabel(late)).toBe('Tue 14 Jul 2026')
    expect(madridIsoDay(late)).toBe('2026-07-14')
    expect(madridWallTime(late)).toMatchObject({ weekday: 2, hour: 1, minute: 30 })
  })
})
