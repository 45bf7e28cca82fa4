import { type WebhookExecution, deliveryFailed } from '@/api/worker-life/execution-schema'

const TONE = {
  delivered:
    'bg-emerald-50 text-emerald-900 ring-emerald-300 dark:bg-emerald-400/10 dark:text-emerald-200 dark:ring-emerald-400/30',
  failed:
    'bg-rose-50 text-rose-900 ring-rose-300 dark:bg-rose-400/10 dark:text-rose-200 dark:ring-rose-400/30',
  unknown:
    'bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-400/10 dark:text-slate-200 dark:ring-slate-400/30',
} as const

function deliveryKey(log: WebhookExecution): keyof typeof TONE {
  if (deliveryFailed(log)) return 'failed'
  return log.requestStatus === 'success' ? 'delivered' : 'unknown'
}

const LABEL = { delivered: 'Delivered', failed: 'Failed', unknown: 'Unknown' } as const

/** How the webhook delivery of a run went; the word says it, the colour only repeats it. */
export function DeliveryBadge({ log }: { log: WebhookExecution }) {
  const key = deliveryKey(log)
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONE[key]}`}
    >
      {LABEL[key]}
    </span>
  )
}

/** "HTTP 200", or "no answer" when a failed delivery got none (a timeout, a refused connection). */
export function responseCodeText(log: WebhookExecution): string {
  if (log.responseStatus !== null) return `HTTP ${log.responseStatus}`
  return deliveryFailed(log) ? 'no answer' : 'no code'
}
