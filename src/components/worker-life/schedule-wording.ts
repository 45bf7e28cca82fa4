import cronstrue from 'cronstrue'
import type { WorkerSchedule } from '@/api/worker-life/schedule-schema'
import { formatNumber } from '@/lib/format'
import { isKnownTimeZone, zonedParts } from './zoned-time'

/*
 * A schedule in plain words, read in the zone the API runs it in, with the next run also in the
 * reader's own clock when that reads differently:
 *   "At 08:00, Monday through Friday (Europe/Madrid)"
 *   next: "Mon 7 Dec 2026, 08:00 Europe/Madrid · 07:00 your time (Europe/London)"
 * (the page adds how long until then, kept current by LiveTime). Nothing here throws: an
 * expression cronstrue cannot read is shown as written.
 */
export type ScheduleWording = {
  /** What the schedule does, with its zone. */
  summary: string
  /** The raw cron expression when it could not be put in words. */
  unreadableCron: string | null
  /** The next run exactly, in the API's zone and (when it differs) the reader's. */
  exact: string | null
}

export type WordingContext = {
  /** The API's zone; null when it names none. */
  timezone: string | null
  readerZone: string
}

export function describeSchedule(
  schedule: WorkerSchedule,
  context: WordingContext,
): ScheduleWording {
  const zone = zoneOf(context)
  const next = schedule.nextRunAt
  const { when } = schedule
  let summary: string
  let unreadableCron: string | null = null
  switch (when.type) {
    case 'cron': {
      const words = when.cron === null ? null : cronWords(when.cron)
      if (when.cron !== null && words === null) unreadableCron = when.cron
      summary =
        words ?? (when.cron === null ? 'A cron schedule without its expression' : 'Cron schedule')
      summary += ` ${zone.label}`
      break
    }
    case 'interval':
      summary =
        when.intervalSeconds === null || when.intervalSeconds === 0
          ? 'Repeats at an interval the API does not state'
          : `Every ${span(when.intervalSeconds, true)}`
      break
    case 'delayed':
      summary =
        when.delayInSeconds === null
          ? 'Once, after a delay the API does not state'
          : `Once, ${span(when.delayInSeconds, false)} after it was set`
      break
    case 'scheduled': {
      const at = next === null ? null : zonedParts(next, zone.name)
      summary = at ? `Once, on ${at.day} at ${at.time} ${zone.label}` : 'Once, at a set time'
      break
    }
    default:
      summary = when.raw ? `A schedule of kind "${when.raw}"` : 'A schedule of an unstated kind'
  }
  return {
    summary,
    unreadableCron,
    exact: next === null ? null : exactNext(next, zone, context.readerZone),
  }
}

type Zone = { name: string; label: string; known: boolean }

/* An unknown or missing zone: times are told in the reader's clock, and the label says why. */
function zoneOf({ timezone, readerZone }: WordingContext): Zone {
  if (timezone === null) return { name: readerZone, label: '(timezone not stated)', known: false }
  if (!isKnownTimeZone(timezone)) {
    return { name: readerZone, label: `(unknown timezone "${timezone}")`, known: false }
  }
  return { name: timezone, label: `(${timezone})`, known: true }
}

function exactNext(next: number, zone: Zone, readerZone: string): string | null {
  const there = zonedParts(next, zone.name)
  if (!there) return null
  if (!zone.known) return `${there.day}, ${there.time} your time`
  const apiSide = `${there.day}, ${there.time} ${zone.name}`
  const here = zonedParts(next, readerZone)
  if (!here || (here.day === there.day && here.time === there.time)) return apiSide
  const local = here.day === there.day ? here.time : `${here.day}, ${here.time}`
  return `${apiSide} · ${local} your time (${readerZone})`
}

function cronWords(cron: string): string | null {
  try {
    return cronstrue.toString(cron, {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      verbose: false,
    })
  } catch {
    return null
  }
}

const SECOND = { seconds: 1, one: 'second', many: 'seconds' }
const UNITS = [
  { seconds: 86_400, one: 'day', many: 'days' },
  { seconds: 3600, one: 'hour', many: 'hours' },
  { seconds: 60, one: 'minute', many: 'minutes' },
  SECOND,
]

/**
 * The largest unit that divides the time evenly: 21600 → "6 hours", 5400 → "90 minutes".
 * `bare` drops a count of one ("every hour", not "every 1 hour").
 */
function span(seconds: number, bare: boolean): string {
  const unit = UNITS.find((u) => seconds % u.seconds === 0) ?? SECOND
  const count = seconds / unit.seconds
  if (count === 1) return bare ? unit.one : `1 ${unit.one}`
  return `${formatNumber(count)} ${unit.many}`
}
