import { isRecord, or, sensibleFigure, string } from '@/shared/guards'
import { instant } from './execution-schema'

/*
 * A worker's schedules (handinger-api.md §5.6): a union keyed by `type`, each with the field of
 * its kind. Read leniently: an unknown type is kept as written (shown as such), a missing field
 * of a known type is null, and the list never fails because one entry is odd.
 */
export type ScheduleWhen =
  | { type: 'cron'; cron: string | null }
  | { type: 'interval'; intervalSeconds: number | null }
  | { type: 'delayed'; delayInSeconds: number | null }
  | { type: 'scheduled' }
  /** A type this app does not know; `raw` as sent ('' when missing or not a string). */
  | { type: 'unknown'; raw: string }

export type WorkerSchedule = {
  id: string
  when: ScheduleWhen
  budget: string | null
  input: string | null
  /** Epoch milliseconds. */
  nextRunAt: number | null
}

export type WorkerSchedules = {
  schedules: WorkerSchedule[]
  /** The zone the API reads the schedules in; null when it names none (before July 2026). */
  timezone: string | null
  /** Entries that were not objects and are not shown. */
  unreadable: number
}

const seconds = sensibleFigure(false)

function text(raw: unknown): string | null {
  return or(string, raw, null)
}

function when(raw: Record<string, unknown>): ScheduleWhen {
  switch (raw.type) {
    case 'cron':
      return { type: 'cron', cron: text(raw.cron) }
    case 'interval':
      return { type: 'interval', intervalSeconds: or(seconds, raw.intervalSeconds, null) }
    case 'delayed':
      return { type: 'delayed', delayInSeconds: or(seconds, raw.delayInSeconds, null) }
    case 'scheduled':
      return { type: 'scheduled' }
    default:
      return { type: 'unknown', raw: text(raw.type) ?? '' }
  }
}

export function parseSchedule(raw: unknown): WorkerSchedule | null {
  if (!isRecord(raw)) return null
  return {
    id: text(raw.id) ?? '',
    when: when(raw),
    budget: text(raw.budget),
    input: text(raw.input),
    nextRunAt: instant(raw.nextRunAt),
  }
}

/** Returns null when the body is not an object. */
export function parseSchedules(raw: unknown): WorkerSchedules | null {
  if (!isRecord(raw)) return null
  const entries = Array.isArray(raw.schedules) ? raw.schedules : []
  const schedules: WorkerSchedule[] = []
  for (const entry of entries) {
    const schedule = parseSchedule(entry)
    if (schedule) schedules.push(schedule)
  }
  const timezone = text(raw.timezone)?.trim()
  return {
    schedules,
    timezone: timezone ? timezone : null,
    unreadable: entries.length - schedules.length,
  }
}
