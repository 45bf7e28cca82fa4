import { JsonBlock } from '@/components/json/json-block'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { formatNumber, formatUsd } from '@/lib/format'
import { revealHidden } from '@/lib/visible-text'
import { TOKEN_FIELDS } from '@/api/worker/transcript'
import { isRecord } from '@/shared/guards'

/*
 * What older and newer responses carry besides the answer: the `id` the response gives itself,
 * token counts and the cost breakdown (April 2026 shape), `metadata`, and any top-level field
 * the app does not know. Written against optional fields so it shows whatever the parsed worker
 * keeps.
 */
export type RunDetailsSource = {
  responseId?: string | null
  usage?: Record<string, unknown> | null
  metadata?: unknown
  costs?: unknown
  extraFields?: Record<string, unknown>
}

type Props = {
  worker: RunDetailsSource
  /** The worker ID the page asked for, to tell when the response names another. */
  requestedId?: string
}

export function RunDetails({ worker, requestedId }: Props) {
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
  const extra = worker.extraFields ?? {}
  const unknown = Object.keys(extra).length > 0
  const { responseId } = worker
  const hasId = responseId !== undefined
  const otherId = hasId && requestedId !== undefined && responseId !== requestedId
  if (
    !hasId &&
    tokens.length === 0 &&
    costs.length === 0 &&
    typeof costUsd !== 'number' &&
    !metadata &&
    !unknown
  ) {
    return null
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
        Run details
        {otherId && (
          <span className="ml-2 font-normal text-amber-900 dark:text-amber-300">
            · the response names another ID
          </span>
        )}
      </summary>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 tabular-nums">
        {hasId && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Response ID</dt>
            <dd className="min-w-0 break-all">
              {responseId === null ? (
                <span className="italic text-slate-600 dark:text-slate-400">
                  none in the response
                </span>
              ) : (
                <code className="font-mono">
                  <UntrustedText text={responseId} placeholder="(empty)" max={200} />
                </code>
              )}
              {otherId && (
                <span className="block text-amber-900 dark:text-amber-300">
                  Not the requested ID, <code className="font-mono">{requestedId}</code>
                </span>
              )}
            </dd>
          </>
        )}
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
      {unknown && (
        <div className="mt-2">
          <p className="font-medium text-slate-700 dark:text-slate-300">
            Other fields, not known to this inspector
          </p>
          <JsonBlock value={extra} />
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

function usd(value: number): string {
  return formatUsd(value) || '—'
}

/** internalCostUsd -> "Internal cost". */
/* The key is the response's own: its hidden characters are shown, like every upstream string. */
function costLabel(key: string): string {
  const words = key
    .replace(/Usd$/, '')
    .replace(/([A-Z])/g, ' $1')
    .trim()
    .toLowerCase()
  return revealHidden(words.charAt(0).toUpperCase() + words.slice(1))
}
