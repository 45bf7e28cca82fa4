import { fromMadridWallTime, madridWallTime } from './madrid-time'

/*
 * When a weekday schedule at a Madrid hour ran and runs next, relative to the demo's clock: the
 * history always ends at the latest weekday morning, and the next run is always ahead.
 */

const isWeekday = (weekday: number) => weekday >= 1 && weekday <= 5

/** The Madrid day `offset` days from the one `now` falls on, as [year, month, day, weekday]. */
function madridDay(now: number, offset: number): [number, number, number, number] {
  const today = madridWallTime(now)
  const day = new Date(Date.UTC(today.year, today.month, today.day + offset))
  return [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), day.getUTCDay()]
}

/**
 * The start of the latest `count` weekday runs at `hour` that had `settledMs` to finish by
 * `now`, oldest first.
 */
export function pastWeekdayRuns(
  now: number,
  count: number,
  hour: number,
  settledMs: number,
): number[] {
  const starts: number[] = []
  for (let offset = 0; starts.length < count; offset -= 1) {
    const [year, month, day, weekday] = madridDay(now, offset)
    if (!isWeekday(weekday)) continue
    const start = fromMadridWallTime(year, month, day, hour)
    if (start + settledMs <= now) starts.push(start)
  }
  return starts.reverse()
}

/** The next weekday at `hour` in Madrid, strictly after `now`. */
export function nextWeekdayRun(now: number, hour: number): number {
  for (let offset = 0; ; offset += 1) {
    const [year, month, day, weekday] = madridDay(now, offset)
    const start = fromMadridWallTime(year, month, day, hour)
    if (isWeekday(weekday) && start > now) return start
  }
}

/** The next first of a month at `hour` in Madrid, strictly after `now`. */
export function nextMonthStart(now: number, hour: number): number {
  const today = madridWallTime(now)
  const thisMonth = fromMadridWallTime(today.year, today.month, 1, hour)
  return thisMonth > now ? thisMonth : fromMadridWallTime(today.year, today.month + 1, 1, hour)
}

/** The next tick of a fixed interval counted from `anchor`, strictly after `now`. */
export function nextIntervalRun(now: number, anchor: number, intervalMs: number): number {
  return anchor + (Math.floor((now - anchor) / intervalMs) + 1) * intervalMs
}
