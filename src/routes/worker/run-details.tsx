import { JsonBlock } from '@/components/json/json-block'
import { formatNumber } from '@/lib/format'
import { TOKEN_FIELDS } from '@/api/worker/transcript'
import { isRecord } from '@/shared/guards'

/*
 * What older and newer responses carry besides the answer: token counts and the cost breakdown
 * (April 2026 shape), and `metadata`. Written against optional fields so it shows whatever the
 * parsed worker keeps.
 */
export type RunDetailsSource = {
  usage?: Record<string, unknown> | null
  metadata?: unknown
  costs?: unknown
}

export function RunDetails({ worker }: { worker: RunDetailsSource }) {
  const usage = worker.usage ?? {}
  const tokens = TOKEN_FIELDS.flatMap(([key, label]) => {
    const value = usage[key]
    return typeof value === 'number' && Number.isFinite(value)
      ? [{ label, value: formatNumber(value) }]
      : []
  })
  const costUsd = usage.costUsd
  const costs = isRecord(worker.costs) ? Object.entries(worker.costs) : []
  const metadata = isRecord(worker.metadata) && Object.keys(worker.metadata).length > 0
  if (tokens.length === 0 && costs.length === 0 && typeof costUsd !== 'number' && !metadata) {
    return null
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
        Run details
      </summary>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 tabular-nums">
        {tokens.map((row) => (
          <Row key={row.label} label={row.label} value={row.value} />
        ))}
        {typeof costUsd === 'number' && <Row label="Cost" value={usd(costUsd)} />}
        {costs.map(([key, value]) => (
          <Row
            key={key}
            label={costLabel(key)}
            value={typeof value === 'number' ? usd(value) : '—'}
          />
        ))}
      </dl>
      {metadata && (
        <div className="mt-2">
          <p className="font-medium text-slate-700 dark:text-slate-300">Metadata</p>
          <JsonBlock value={worker.metadata} />
        </div>
      )}
    </details>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>{value}</dd>
    </>
  )
}

const usdFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 4,
})

function usd(value: number): string {
  return Number.isFinite(value) ? usdFormat.format(value) : '—'
}

/** internalCostUsd -> "Internal cost". */
function costLabel(key: string): string {
  const words = key
    .replace(/Usd$/, '')
    .replace(/([A-Z])/g, ' $1')
    .trim()
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
