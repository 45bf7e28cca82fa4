import type { Turn } from '@/api/task/schema'
import { formatCredits, formatDuration, formatNumber } from '@/lib/format'

/*
 * Per-turn duration (bar length, placed where the turn started) and credits (dot size) on one
 * timeline. Plain SVG: a dozen shapes do not need a charting library.
 */
const WIDTH = 600
const ROW = 22
const LEFT = 70

type Row = { turn: Turn; start: number; duration: number }

function rows(turns: Turn[]): Row[] {
  const starts = turns.map((t) => (t.startedAt ? Date.parse(t.startedAt) : Number.NaN))
  const origin = Math.min(...starts.filter(Number.isFinite))
  let cursor = 0
  return turns.map((turn, index) => {
    const start =
      Number.isFinite(starts[index]) && Number.isFinite(origin)
        ? (starts[index] ?? 0) - origin
        : cursor
    const duration = turn.durationMs ?? 0
    cursor = start + duration
    return { turn, start, duration }
  })
}

export function TurnChart({ turns }: { turns: Turn[] }) {
  const data = rows(turns)
  const span = Math.max(1, ...data.map((r) => r.start + r.duration))
  const maxCredits = Math.max(1, ...turns.map((t) => t.credits ?? 0))
  const scale = (ms: number) => LEFT + (ms / span) * (WIDTH - LEFT - 20)
  const height = data.length * ROW + 24
  const summary = data
    .map(
      ({ turn }) =>
        `Turn ${formatNumber(turn.seq + 1)}: ${turn.durationMs === null ? 'no duration' : formatDuration(turn.durationMs)}, ${turn.credits === null ? 'no credits' : formatCredits(turn.credits)}`,
    )
    .join('; ')
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full max-w-2xl text-slate-700 dark:text-slate-300"
        role="img"
        aria-label={`Timeline of turns. ${summary}.`}
      >
        {data.map(({ turn, start, duration }, index) => {
          const y = index * ROW + 4
          const radius = 3 + 6 * Math.sqrt((turn.credits ?? 0) / maxCredits)
          const x = scale(start)
          const w = Math.max(2, scale(start + duration) - x)
          return (
            // In the turn list's order; seq and id may repeat (see TaskDetails).
            <g key={index}>
              <text x={0} y={y + 14} fontSize="12" fill="currentColor">
                Turn {turn.seq + 1}
              </text>
              <rect x={x} y={y + 4} width={w} height={12} rx={3} className="fill-sky-500/70" />
              <circle cx={x + w} cy={y + 10} r={radius} className="fill-amber-500/80" />
            </g>
          )
        })}
        <text x={LEFT} y={height - 4} fontSize="11" fill="currentColor">
          0
        </text>
        <text x={WIDTH - 20} y={height - 4} fontSize="11" fill="currentColor" textAnchor="end">
          {formatDuration(span)}
        </text>
      </svg>
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        Bars: each turn's duration from its start. Dots: credits (larger is more).
      </figcaption>
    </figure>
  )
}
