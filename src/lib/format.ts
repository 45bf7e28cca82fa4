const UNITS = ['B', 'KB', 'MB', 'GB', 'TB']

/** 204800 -> "200 KB" (binary steps, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  let value = bytes
  let unit = 0
  // From 1023.5 up the value would round to "1024", so it moves to the next unit.
  while (value >= 1023.5 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${UNITS[unit]}`
}

/** 83000 -> "1m 23s"; under a second -> "450ms". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return ''
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`
  const total = Math.round(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`
  if (minutes > 0) return seconds > 0 ? `${minutes}m ${seconds}s` : `${minutes}m`
  return `${seconds}s`
}

const creditFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** 12345 -> "12,345 credits". */
export function formatCredits(credits: number): string {
  if (!Number.isFinite(credits)) return ''
  const shown = creditFormat.format(credits)
  // Singular for what is shown, so 1.001 (shown as "1") reads "1 credit".
  return `${shown} ${shown === '1' ? 'credit' : 'credits'}`
}

/**
 * Handinger does not document the unit of `created_at`; its examples are Unix seconds. Values
 * too large to be seconds (after the year 33658) are taken as milliseconds.
 */
export function timestampToDate(value: number): Date | null {
  if (!Number.isFinite(value) || value <= 0) return null
  const date = new Date(value < 1e12 ? value * 1000 : value)
  return Number.isNaN(date.getTime()) ? null : date
}
