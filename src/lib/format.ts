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
const two = (n: number) => String(n).padStart(2, '0')

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

/*
 * en-US digits written out rather than asked of Intl: a page's first Intl number format loads the
 * locale's data, 15-40 ms of the app's start (60 ms and more on a slow phone), for commas every
 * three digits. Rounding is Intl's: the number's shortest decimal form ("1.005", not the double's
 * 1.00499…) rounded half away from zero. format.test.ts compares the two on thousands of values.
 */
function decimal(abs: number, maxFractionDigits: number, minFractionDigits = 0): string {
  const [mantissa = '', exponent = '0'] = abs.toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const point = Number(exponent) + 1
  let whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0')
  let fraction = point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point)
  if (fraction.length > maxFractionDigits) {
    const up = (fraction[maxFractionDigits] ?? '0') >= '5'
    fraction = fraction.slice(0, maxFractionDigits)
    if (up) {
      const kept = whole + fraction
      const raised = (BigInt(kept) + 1n).toString().padStart(kept.length, '0')
      whole = raised.slice(0, raised.length - fraction.length).replace(/^0+(?=\d)/, '')
      fraction = raised.slice(raised.length - fraction.length)
    }
  }
  fraction = fraction.replace(/0+$/, '').padEnd(minFractionDigits, '0')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

/* As Intl writes it: "-" before a negative number, -0 and what rounds to 0 from below too. */
const sign = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '')

/** The one way numbers are shown: 2000 -> "2,000", 1.005 -> "1". Empty for values that are not numbers. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return ''
  return `${sign(value)}${decimal(Math.abs(value), 2)}`
}

/** Dollars as Intl's en-US currency format with up to 4 decimals writes them: "-$1,234.50". */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return ''
  return `${sign(value)}$${decimal(Math.abs(value), 4, 2)}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * The one way a moment is written: "5 Dec 2026, 09:33:12" in the reader's own time zone. Read from
 * the date's local fields, not toLocaleString: a page's first Intl date format costs what its first
 * number format does (see above), and a day, a month's name and a 24-hour clock read the same in
 * every country. Empty for an invalid date.
 */
export function formatDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  const day = `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`
  return `${day}, ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`
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
  const s = two(total % 60)
  return h > 0 ? `${h}:${two(m)}:${s}` : `${m}:${s}`
}

/** A share of a whole (0..1) as a whole percent: "25%"; a sliver above zero reads "<1%". */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share < 0) return ''
  if (share > 0 && share < 0.005) return '<1%'
  // Just under the whole is not the whole: ">99%" rather than a rounded "100%".
  if (share < 1 && share >= 0.995) return '>99%'
  return `${Math.round(share * 100)}%`
}
