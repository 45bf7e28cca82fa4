/** Pure helpers for the figures: medians of noisy runs, ratios, a least-squares slope. */

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The median of the per-run ratios: each ratio pairs runs made side by side, so noise cancels. */
export function medianRatio(values: readonly (number | null)[], bases: readonly (number | null)[]) {
  const ratios: number[] = []
  values.forEach((value, i) => {
    const base = bases[i]
    if (value != null && base != null && base > 0) ratios.push(value / base)
  })
  return median(ratios)
}

/** Slope of y over x by least squares; null with fewer than two distinct x. */
export function slope(points: ReadonlyArray<{ x: number; y: number }>): number | null {
  const n = points.length
  if (n < 2) return null
  const mx = points.reduce((s, p) => s + p.x, 0) / n
  const my = points.reduce((s, p) => s + p.y, 0) / n
  let sxx = 0
  let sxy = 0
  for (const p of points) {
    sxx += (p.x - mx) ** 2
    sxy += (p.x - mx) * (p.y - my)
  }
  return sxx === 0 ? null : sxy / sxx
}

export function formatMs(ms: number | null): string {
  if (ms == null) return 'n/a'
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`
}

export function formatRatio(ratio: number | null): string {
  if (ratio == null) return 'n/a'
  return `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0)}x`
}

export function formatBytes(bytes: number | null): string {
  if (bytes == null) return 'n/a'
  // Heap slopes can be negative.
  if (bytes < 0) return `-${formatBytes(-bytes)}`
  if (bytes < 1024) return `${Math.round(bytes)} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

/** A plain-text table with columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
