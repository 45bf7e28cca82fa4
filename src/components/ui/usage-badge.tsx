import { formatCredits, formatDuration } from '@/lib/format'

type UsageLike = { credits?: unknown; durationMs?: unknown }

/** A value that makes no sense (negative, not a number) shows as a dash rather than vanishing. */
function part(value: unknown, format: (n: number) => string, unit: string): string | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return `— ${unit}`
  return format(value)
}

/**
 * Credits and duration. Fixed minimum width and tabular digits, so a live run's growing numbers
 * never push the controls beside it around.
 */
export function UsageBadge({
  usage,
  live = false,
  problems = [],
}: {
  usage: UsageLike | null
  live?: boolean
  /** The response's unreadable fields; `usage.credits` there means the API sent nonsense. */
  problems?: readonly string[]
}) {
  // A figure that was sent but made no sense was left out by the parser: show that it was there.
  const sent = (name: keyof UsageLike) =>
    usage?.[name] ?? (problems.includes(`usage.${name}`) ? Number.NaN : undefined)
  const credits = part(sent('credits'), formatCredits, 'credits')
  const parts = [
    credits && live ? `${credits} so far` : credits,
    part(sent('durationMs'), formatDuration, 'duration'),
  ].filter(Boolean)
  if (parts.length === 0 && !live) return null
  return (
    <span className="inline-flex min-w-36 items-center justify-center rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-slate-700 tabular-nums dark:bg-slate-800 dark:text-slate-300">
      {parts.length > 0 ? parts.join(' · ') : '—'}
    </span>
  )
}
