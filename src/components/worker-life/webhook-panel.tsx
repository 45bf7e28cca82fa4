import type { UseQueryResult } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { ExecutionsPage, WebhookExecution } from '@/api/worker-life/execution-schema'
import type { WebhookSettings } from '@/api/worker-life/webhook-schema'
import { isCreatorOnly } from '@/api/worker-life/queries'
import { Panel } from '@/components/ui/panel'
import { smallButton, textLink } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { workerHref } from '@/config/paths'
import type { WorkerId } from '@/shared/ids'
import { responseCodeText } from './delivery-badge'
import { ListPending, LoadProblem } from './load-problem'
import { RelativeTime } from './relative-time'
import { runName } from './run-row'
import { healthSentence, webhookHealth } from './webhook-health'

const FAILURES_SHOWN = 5

/** Where the worker reports its runs, and how the latest reports went. */
export function WebhookPanel({
  workerId,
  webhook,
  firstPage,
}: {
  workerId: WorkerId
  webhook: UseQueryResult<WebhookSettings>
  firstPage: UseQueryResult<ExecutionsPage>
}) {
  return (
    <Panel title="Webhook">
      {webhook.isError && (isCreatorOnly(webhook.error) || !webhook.data) ? (
        <LoadProblem error={webhook.error} what="webhook" onRetry={() => void webhook.refetch()} />
      ) : !webhook.data ? (
        <ListPending label="the webhook" lines={2} />
      ) : (
        <div className="space-y-4 text-sm">
          <Settings settings={webhook.data} />
          {firstPage.data && <Health workerId={workerId} firstPage={firstPage.data} />}
        </div>
      )}
    </Panel>
  )
}

function Settings({ settings }: { settings: WebhookSettings }) {
  if (settings.configured === false) {
    return (
      <p className="text-slate-700 dark:text-slate-300">
        No webhook is set: the worker reports its runs to no one.
      </p>
    )
  }
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
      <dt className="text-slate-600 dark:text-slate-400">URL</dt>
      <dd className="min-w-0 font-mono text-xs break-all">
        {settings.url ? (
          <UntrustedText text={settings.url} max={200} />
        ) : (
          <span className="font-sans text-slate-600 italic dark:text-slate-400">
            could not be read
          </span>
        )}
      </dd>
      <dt className="text-slate-600 dark:text-slate-400">Token</dt>
      <dd>
        {settings.hasToken === null
          ? 'not stated'
          : settings.hasToken
            ? 'set (sent in the X-Handinger-Token header; never shown here)'
            : 'none: the receiver cannot tell these calls are genuine'}
      </dd>
    </dl>
  )
}

function Health({ workerId, firstPage }: { workerId: WorkerId; firstPage: ExecutionsPage }) {
  const [showAll, setShowAll] = useState(false)
  const health = webhookHealth(firstPage)
  const { failures } = health
  if (health.checked === 0) {
    return <p className="text-slate-700 dark:text-slate-300">{healthSentence(health)}</p>
  }
  const [last] = failures
  const shown = showAll ? failures : failures.slice(0, FAILURES_SHOWN)
  return (
    <div className="space-y-2">
      <p className="text-slate-900 dark:text-slate-100">{healthSentence(health)}</p>
      {last && (
        <p className="text-slate-700 dark:text-slate-300">
          Last failure: {responseCodeText(last)}, <RelativeTime at={last.createdAt} />
          {last.errorMessage && (
            <>
              {': '}
              <UntrustedText text={last.errorMessage} max={200} />
            </>
          )}
        </p>
      )}
      {failures.length > 0 && (
        <ul aria-label="Failed deliveries" className="space-y-1 text-xs">
          {shown.map((log, index) => (
            // The log's ids may repeat; the failures of one page never reorder.
            <li key={index} className="flex flex-wrap gap-x-2">
              <FailureRun workerId={workerId} log={log} />
              <span className="text-slate-600 dark:text-slate-400">
                {responseCodeText(log)} · <RelativeTime at={log.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {failures.length > FAILURES_SHOWN && (
        <button type="button" onClick={() => setShowAll(!showAll)} className={smallButton}>
          {showAll ? 'Show fewer failures' : `Show all ${failures.length} failures`}
        </button>
      )}
    </div>
  )
}

function FailureRun({ workerId, log }: { workerId: WorkerId; log: WebhookExecution }) {
  const name = <UntrustedText text={runName(log)} max={80} />
  if (!log.taskId) return name
  return (
    <Link to={workerHref(workerId, log.taskId)} className={textLink}>
      {name}
    </Link>
  )
}
