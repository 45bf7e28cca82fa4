import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { revokeSnapshot, snapshotQueries } from '@/api/snapshot/snapshots'
import { smallButton, textLink } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { snapshotHref } from '@/config/paths'
import type { SnapshotSummary } from '@/shared/snapshot-options'
import { formatDateTime } from '@/lib/format'

/** `/snapshots`: every snapshot link still open on this server, to revoke any of them. */
export function SnapshotsRoute() {
  const list = useQuery(snapshotQueries.list())
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <title>Snapshots · Handinger Worker Inspector</title>
      <h1 className="text-2xl font-semibold">Snapshot links</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Read-only copies of runs, opened by anyone with the link until they expire. Revoking one
        closes its link at once.
      </p>
      {list.error && (
        <p role="alert" className="text-rose-700 dark:text-rose-400">
          The snapshots could not be listed: {list.error.message}
        </p>
      )}
      {list.data?.length === 0 && <p>No snapshot links are open.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {list.data.map((snapshot) => (
            <SnapshotItem key={snapshot.id} snapshot={snapshot} />
          ))}
        </ul>
      )}
    </div>
  )
}

function SnapshotItem({ snapshot }: { snapshot: SnapshotSummary }) {
  const queryClient = useQueryClient()
  const revoke = useMutation({
    mutationFn: () => revokeSnapshot(snapshot.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: snapshotQueries.all() }),
  })
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3 text-sm">
      <Link to={snapshotHref(snapshot.id)} className={`min-w-0 font-medium ${textLink}`}>
        <UntrustedText text={snapshot.title} placeholder="(untitled run)" max={80} />
      </Link>
      <span className="text-slate-600 dark:text-slate-400">
        by <UntrustedText text={snapshot.by} placeholder="someone" max={80} />, taken{' '}
        {formatDateTime(new Date(snapshot.createdAt))}, expires{' '}
        {formatDateTime(new Date(snapshot.expiresAt))}
      </span>
      <button
        type="button"
        onClick={() => revoke.mutate()}
        disabled={revoke.isPending}
        className={`ml-auto ${smallButton}`}
        aria-label={`Revoke the snapshot ${snapshot.title}`}
      >
        Revoke
      </button>
      {revoke.error && (
        <p role="alert" className="w-full text-rose-700 dark:text-rose-400">
          {revoke.error.message}
        </p>
      )}
    </li>
  )
}
