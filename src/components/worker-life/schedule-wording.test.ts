// @vitest-environment node
import type { ScheduleWhen, WorkerSchedule } from '@/api/worker-life/schedule-schema'
import { describeSchedule } from './schedule-wording'
import { formatUntil } from './zoned-time'

// Friday 4 December 2026, 04:46 UTC (05:46 in Madrid, 23:46 on Thursday in New York).
const NOW = Date.parse('2026-12-04T04:46:00Z')
// Friday 08:00 in Madrid: 2 h 14 min from NOW.
const NEXT = Date.parse('2026-12-04T07:00:00Z')

function schedule(when: ScheduleWhen, nextRunAt: number | null = NEXT): WorkerSchedule {
  return { id: 'sch_1', when, budget: 'low', input: 'Check prices', nextRunAt }
}

const madrid = { timezone: 'Europe/Madrid', readerZone: 'Europe/Madrid' }
const newYork = { timezone: 'Europe/Madrid', readerZone: 'America/New_York' }

describe('describeSchedule', () => {
  it('words a cron in the API zone, with the next run in the reader zone when it differs', () => {
    const cron = schedule({ type: 'cron', cron: '0 8 * * 1-5' })
    expect(describeSchedule(cron, newYork)).toEqual({
      summary: 'At 08:00, Monday through Friday (Europe/Madrid)',
      unreadableCron: null,
      exact: 'Fri 4 Dec 2026, 08:00 Europe/Madrid · 02:00 your time (America/New_York)',
    })
    // A reader in the API's zone sees it once.
    expect(describeSchedule(cron, madrid).exact).toBe('Fri 4 Dec 2026, 08:00 Europe/Madrid')
  })

  it('gives the reader the whole date when their clock shows another day', () => {
    const late = schedule({ type: 'cron', cron: '30 1 * * *' }, Date.parse('2026-12-05T00:30:00Z'))
    expect(describeSchedule(late, newYork).exact).toBe(
      'Sat 5 Dec 2026, 01:30 Europe/Madrid · Fri 4 Dec 2026, 19:30 your time (America/New_York)',
    )
  })

  it('shows a cron expression it cannot read as written, without throwing', () => {
    const wording = describeSchedule(schedule({ type: 'cron', cron: '61 25 * * nope' }), madrid)
    expect(wording.unreadableCron).toBe('61 25 * * nope')
    expect(wording.summary).toBe('Cron schedule (Europe/Madrid)')
  })

  it.each([
    [21_600, 'Every 6 hours'],
    [3600, 'Every hour'],
    [5400, 'Every 90 minutes'],
    [86_400 * 2, 'Every 2 days'],
    [1.5, 'Every 1.5 seconds'],
    [null, 'Repeats at an interval the API does not state'],
  ])('words an interval of %s seconds as "%s"', (seconds, summary) => {
    const wording = describeSchedule(
      schedule({ type: 'interval', intervalSeconds: seconds }),
      madrid,
    )
    expect(wording.summary).toBe(summary)
  })

  it('words a delayed run as once, some time after it was set', () => {
    expect(
      describeSchedule(schedule({ type: 'delayed', delayInSeconds: 1800 }), newYork),
    ).toMatchObject({
      summary: 'Once, 30 minutes after it was set',
    })
    expect(
      describeSchedule(schedule({ type: 'delayed', delayInSeconds: 60 }), madrid).summary,
    ).toBe('Once, 1 minute after it was set')
  })

  it('words a scheduled run as once, on its date in the API zone', () => {
    const once = schedule({ type: 'scheduled' }, Date.parse('2026-12-24T09:00:00Z'))
    expect(describeSchedule(once, newYork)).toMatchObject({
      summary: 'Once, on Thu 24 Dec 2026 at 10:00 (Europe/Madrid)',
      exact: 'Thu 24 Dec 2026, 10:00 Europe/Madrid · 04:00 your time (America/New_York)',
    })
  })

  it('tells times in the reader zone when the API names an unknown zone or none', () => {
    const cron = schedule({ type: 'cron', cron: '0 8 * * 1-5' })
    const unknown = { ...newYork, timezone: 'Mars/Olympus' }
    expect(describeSchedule(cron, unknown)).toMatchObject({
      summary: 'At 08:00, Monday through Friday (unknown timezone "Mars/Olympus")',
      exact: 'Fri 4 Dec 2026, 02:00 your time',
    })
    expect(describeSchedule(cron, { ...newYork, timezone: null }).summary).toBe(
      'At 08:00, Monday through Friday (timezone not stated)',
    )
  })

  it('says what it can of an unknown kind and of a schedule without a next run', () => {
    const wording = describeSchedule(schedule({ type: 'unknown', raw: 'lunar' }, null), madrid)
    expect(wording).toEqual({
      summary: 'A schedule of kind "lunar"',
      unreadableCron: null,
      exact: null,
    })
  })
})

describe('formatUntil', () => {
  it.each([
    [30_000, 'in 30 s'],
    [45 * 60_000, 'in 45 min'],
    [2 * 3600_000, 'in 2 h'],
    [(2 * 60 + 14) * 60_000, 'in 2 h 14 min'],
    [(3 * 24 + 4) * 3600_000, 'in 3 d 4 h'],
    [-5 * 60_000, 'due 5 min ago'],
  ])('%s ms ahead reads "%s"', (ms, text) => {
    expect(formatUntil(NOW + ms, NOW)).toBe(text)
  })
})
