import {
  type ExecutionsPage,
  type WebhookExecution,
  deliveryFailed,
} from '@/api/worker-life/execution-schema'

export type WebhookHealth = {
  /** Deliveries looked at: the newest page of the log (up to 50). */
  checked: number
  /** The failed ones among them, newest first. */
  failures: WebhookExecution[]
}

/** How the latest deliveries went, from the log's first page (newest first). */
export function webhookHealth(firstPage: ExecutionsPage): WebhookHealth {
  return {
    checked: firstPage.logs.length,
    failures: firstPage.logs.filter(deliveryFailed),
  }
}

/** "2 of the last 50 deliveries failed." in words that fit the counts. */
export function healthSentence({ checked, failures }: WebhookHealth): string {
  const failed = failures.length
  if (checked === 0) return 'No deliveries yet.'
  if (checked === 1)
    return failed ? 'The only delivery so far failed.' : 'The only delivery so far succeeded.'
  if (failed === 0) return `All of the last ${checked} deliveries succeeded.`
  if (failed === checked) return `All of the last ${checked} deliveries failed.`
  return `${failed} of the last ${checked} deliveries failed.`
}
