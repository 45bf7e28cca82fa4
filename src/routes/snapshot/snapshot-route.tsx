import { useQuery } from '@tanstack/react-query'
import { Camera, FileText } from 'lucide-react'
import { useParams } from 'react-router'
import { ApiError } from '@/api/api-error'
import type { Snapshot } from '@/api/snapshot/snapshot-schema'
import { snapshotQueries } from '@/api/snapshot/snapshots'
import { workerMarkdown } from '@/api/worker/transcript'
import { workerStatus } from '@/api/worker/status'
import { CopyButton } from '@/components/ui/copy-button'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { SNAPSHOT_ID, SNAPSHOT_PARTS, SNAPSHOT_PART_NAMES } from '@/shared/snapshot-options'
import { FrozenRunView } from '@/routes/saved/frozen-run-view'
import { formatDateTime } from '@/lib/format'

/** `/s/:snapshotId`: a snapshot link, opened by anyone who has it, signed in or not. */
export function SnapshotRoute() {
  const { snapshotId = '' } = useParams()
  const valid = SNAPSHOT_ID.test(snapshotId)
  const snapshot = useQuery({ ...snapshotQueries.detail(snapshotId), enabled: valid })
  if (!valid || (snapshot.error instanceof ApiError && snapshot.error.kind === 'not-found')) {
    return <SnapshotGone />
  }
  if (snapshot.error) {
    return (
      <p role="alert" className="text-rose-700 dark:text-rose-400">
        The snapshot could not be loaded: {snapshot.error.message}
      </p>
    )
  }
  if (!snapshot.data) {
    return (
      <p role="status" className="text-slate-600 dark:text-slate-400">
        Loading the snapshot…
      </p>
    )
  }
  return <SnapshotView key={snapshotId} snapshot={snapshot.data} />
}

function SnapshotView({ snapshot }: { snapshot: Snapshot }) {
  const { run } = snapshot
  const taken = new Date(snapshot.createdAt)
  const expires = new Date(snapshot.expiresAt)
  const leftOut = SNAPSHOT_PARTS.filter((part) => !snapshot.parts[part]).map(
    (part) => SNAPSHOT_PART_NAMES[part],
  )
  const markdown = () =>
    workerMarkdown(run.worker, {
      workerId: run.worker.id,
      taskId: run.task?.task.id ?? null,
      status: workerStatus(run.worker, run.task?.task.status),
      link: window.location.href,
    })
  return (
    <>
      <title>{`${snapshot.title} (snapshot) · Handinger Worker Inspector`}</title>
      <FrozenRunView
        run={run}
        banner={
          <p className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <Camera aria-hidden="true" className="h-4 w-4 shrink-0" />
            <span>
              Snapshot taken at <time dateTime={taken.toISOString()}>{formatDateTime(taken)}</time>,
              by <UntrustedText text={snapshot.by} placeholder="someone" max={120} /> · expires{' '}
              <time dateTime={expires.toISOString()}>{formatDateTime(expires)}</time>. A read-only
              copy: it does not change.
              {leftOut.length > 0 && ` Left out by whoever shared it: ${leftOut.join(', ')}.`}
            </span>
          </p>
        }
        actions={<CopyButton text={markdown} label="Copy as Markdown" icon={FileText} />}
      />
    </>
  )
}

function SnapshotGone() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-8">
      <title>Snapshot not found · Handinger Worker Inspector</title>
      <h1 className="text-2xl font-semibold">This snapshot is gone</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The link is wrong, or the snapshot has expired or was revoked. Ask whoever shared it for a
        new one.
      </p>
    </div>
  )
}
