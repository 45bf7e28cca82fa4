/*
 * Wall-clock time in Europe/Madrid, the demo's schedule timezone, by the EU summer-time rule
 * (UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October,
 * UTC+1 otherwise). Written out rather than asked of Intl, so every runtime gives the same runs.
 */
export const MADRID = 'Europe/Madrid'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

export type WallTime = {
  year: number
  /** 0 = January, as Date counts. */
  month: number
  day: number
  hour: number
  minute: number
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number
}

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1)
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS
}

export function madridOffsetMs(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear()
  const summer = utcMs >= lastSundayAtOneUtc(year, 2) && utcMs < lastSundayAtOneUtc(year, 9)
  return summer ? 2 * HOUR_MS : HOUR_MS
}

export function madridWallTime(utcMs: number): WallTime {
  const wall = new Date(utcMs + madridOffsetMs(utcMs))
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: wall.getUTCDay(),
  }
}

/** The instant Madrid's clocks show this time (out-of-range days roll over, as in Date.UTC). */
export function fromMadridWallTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute = 0,
): number {
  const asUtc = Date.UTC(year, month, day, hour, minute)
  const summer = asUtc - 2 * HOUR_MS
  return madridOffsetMs(summer) === 2 * HOUR_MS ? summer : asUtc - HOUR_MS
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Tue 14 Jul 2026", the day as Madrid sees it. */
export function madridDayLabel(utcMs: number): string {
  const t = madridWallTime(utcMs)
  return `${WEEKDAYS[t.weekday]} ${t.day} ${MONTHS[t.month]} ${t.year}`
}

/** "2026-07-14", the day as Madrid sees it. */
export function madridIsoDay(utcMs: number): string {
  const t = madridWallTime(utcMs)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${t.year}-${pad(t.month + 1)}-${pad(t.day)}`
}
