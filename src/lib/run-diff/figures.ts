import { formatNumber } from '@/lib/format'

/* What two runs cost and took, side by side, with the difference from the first to the second. */
export const FIGURE_KEYS = ['credits', 'durationMs', 'inputTokens', 'outputTokens'] as const

export type FigureKey = (typeof FIGURE_KEYS)[number]

/** A figure the run does not report is null (each API shape reports a different set). */
export type Figures = Record<FigureKey, number | null>

export type FigureDelta = {
  key: FigureKey
  a: number | null
  b: number | null
  /** b − a; null unless both runs report the figure. */
  delta: number | null
  /** The difference as a percentage of a; null when a is 0 (or either is missing). */
  percent: number | null
}

export function figureDeltas(a: Figures, b: Figures): FigureDelta[] {
  return FIGURE_KEYS.map((key) => {
    const [first, second] = [a[key], b[key]]
    const delta = first === null || second === null ? null : second - first
    const percent = delta === null || first === null || first === 0 ? null : (delta / first) * 100
    return { key, a: first, b: second, delta, percent }
  })
}

/** "+1,234", "−1,234" (a real minus sign) or "±0", the magnitude written by `format`. */
export function signed(
  delta: number,
  format: (magnitude: number) => string = formatNumber,
): string {
  if (delta === 0) return `±${format(0)}`
  return `${delta > 0 ? '+' : '\u2212'}${format(Math.abs(delta))}`
}

/** "+46.6%", "−12%", "±0%": one decimal below 10%, where it still says something. */
export function signedPercent(percent: number): string {
  const magnitude = Math.abs(percent)
  const rounded = magnitude < 10 ? Math.round(magnitude * 10) / 10 : Math.round(magnitude)
  return signed(percent < 0 ? -rounded : rounded, (n) => `${formatNumber(n)}%`)
}
