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
  return `${formatNumber(Number(value.toFixed(digits)))} ${UNITS[unit]}`
}

const DAY_S = 86_400

/** 83000 -> "1m 23s"; under a second -> "450ms"; a day or more -> "3d 4h". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return ''
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`
  const total = Math.round(ms / 1000)
  const days = Math.floor(total / DAY_S)
  const hours = Math.floor((total % DAY_S) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  // Two units at most: the second one is all a reader takes in.
  if (days > 0) return hours > 0 ? `${formatNumber(days)}d ${hours}h` : `${formatNumber(days)}d`
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`
  if (minutes > 0) return seconds > 0 ? `${minutes}m ${seconds}s` : `${minutes}m`
  return `${seconds}s`
}

/** 12345 -> "12,345 credits". */
export function formatCredits(credits: number): string {
  if (!Number.isFinite(credits)) return ''
  const shown = formatNumber(credits)
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

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** The one way numbers are shown: 2000 -> "2,000". Empty for values that are not numbers. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? numberFormat.format(value) : ''
}

/** "3 s ago", "5 min ago", "2 h ago", "4 d ago"; the future (clock skew) reads "just now". */
export function formatAgo(thenMs: number, nowMs: number): string {
  const seconds = Math.floor((nowMs - thenMs) / 1000)
  if (!Number.isFinite(seconds)) return ''
  if (seconds < 1) return 'just now'
  if (seconds < 60) return `${seconds} s ago`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h ago`
  return `${formatNumber(Math.floor(hours / 24))} d ago`
}

/**
 * A clock-style elapsed time for a run in progress: "0:07", "12:03", "1:02:03". From a day on,
 * a clock ("76:00:00") no longer reads at a glance: "3d 4h", as durations are written.
 */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return ''
  const total = Math.floor(ms / 1000)
  if (total >= DAY_S) return formatDuration(total * 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** A share of a whole (0..1) as a whole percent: "25%"; a sliver above zero reads "<1%". */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share < 0) return ''
  if (share > 0 && share < 0.005) return '<1%'
  // Just under the whole is not the whole: ">99%" rather than a rounded "100%".
  if (share < 1 && share >= 0.995) return '>99%'
  return `${Math.round(share * 100)}%`
}
