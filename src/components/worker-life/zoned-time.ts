/*
 * Times written in a named zone: the API's, in which a worker's schedules run, and the reader's.
 * A zone name comes from the API, so one that Intl does not know is reported, never thrown.
 */

/** The reader's own zone, e.g. "Europe/London". */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

const formats = new Map<string, Intl.DateTimeFormat | null>()

function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  if (!formats.has(zone)) {
    try {
      formats.set(
        zone,
        new Intl.DateTimeFormat('en-GB', {
          timeZone: zone,
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }),
      )
    } catch {
      formats.set(zone, null)
    }
  }
  return formats.get(zone) ?? null
}

export function isKnownTimeZone(zone: string): boolean {
  return zoneFormat(zone) !== null
}

export type ZonedParts = { day: string; time: string }

/** "Mon 7 Dec 2026" and "08:00" as the clocks of `zone` show `ms`; null for an unknown zone. */
export function zonedParts(ms: number, zone: string): ZonedParts | null {
  const format = zoneFormat(zone)
  const date = new Date(ms)
  if (!format || Number.isNaN(date.getTime())) return null
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(date).find((p) => p.type === type)?.value ?? ''
  return {
    day: `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  }
}

/** "in 2 h 14 min", "in 45 min", "in 3 d 4 h"; a moment already past reads "due 5 min ago". */
export function formatUntil(thenMs: number, nowMs: number): string {
  const ms = thenMs - nowMs
  if (!Number.isFinite(ms)) return ''
  if (ms < 0) return `due ${roughSpan(-ms)} ago`
  return `in ${roughSpan(ms)}`
}

function roughSpan(ms: number): string {
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return `${Math.max(0, Math.floor(ms / 1000))} s`
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`
  const days = Math.floor(hours / 24)
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`
}
